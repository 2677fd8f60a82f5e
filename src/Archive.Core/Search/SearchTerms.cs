using System.Globalization;
using System.Text;
using Archive.Modeling;

namespace Archive.Search;

/// <summary>
/// Splits text into search terms the way the search page splits a query: lowercase, German-aware (für → fuer, López →
/// lopez) and, where that differs, also without the umlaut's e (für → fur), so that "fuer" and "fur" both find "für".
/// assets/search.js folds a query with the same rules. Indexing a whole archive runs through here, so words are
/// folded character by character into buffers, with each character's folding worked out once, and an ASCII word (most
/// of them) is lowercased in the same pass that finds where it ends.
/// </summary>
public static class SearchTerms
{
    public const int MinimumLength = 2;

    /// <summary>Longer words are not search terms (they are not words a reader types).</summary>
    private const int MaximumLength = 64;

    private static readonly Fold?[] Folds = new Fold?[0x3000];

    /// <summary>Each ASCII character's lowercase form if it is a letter or digit, else 0 (it separates words).</summary>
    private static readonly char[] AsciiLower = LowerOfAscii();

    /// <summary>Receives each term; the span is only valid during the call.</summary>
    public delegate void TermAction(ReadOnlySpan<char> term);

    public static List<string> Of(string text)
    {
        var terms = new List<string>();
        Each(text, term => terms.Add(term.ToString()));
        return terms;
    }

    public static void Each(ReadOnlySpan<char> text, TermAction action)
    {
        Span<char> folded = stackalloc char[MaximumLength * 2];
        Span<char> plain = stackalloc char[MaximumLength * 2];
        ReadOnlySpan<char> lower = AsciiLower;
        var i = 0;
        while (i < text.Length)
        {
            // Between words: one look per character.
            var c = text[i];
            if (c < 128 ? lower[c] == 0 : !char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            // A word, lowercased as it is scanned while it is ASCII: most words of an archive are, and then this one
            // pass over them is all the folding they need.
            var start = i;
            var ascii = true;
            for (; i < text.Length; i++)
            {
                c = text[i];
                if (c < 128)
                {
                    var l = lower[c];
                    if (l == 0)
                    {
                        break;
                    }

                    if (i - start < MaximumLength)
                    {
                        folded[i - start] = l;
                    }
                }
                else if (char.IsLetterOrDigit(c))
                {
                    ascii = false;
                }
                else
                {
                    break;
                }
            }

            var length = i - start;
            if (length > MaximumLength)
            {
                continue; // not a word a reader types
            }

            if (ascii)
            {
                if (length >= MinimumLength)
                {
                    action(folded[..length]);
                }
            }
            else
            {
                Word(text[start..i], action, folded, plain);
            }
        }
    }

    /// <summary>A word with a letter beyond ASCII, folded character by character.</summary>
    private static void Word(ReadOnlySpan<char> word, TermAction action, Span<char> folded, Span<char> plain)
    {
        int foldedLength = 0, plainLength = 0;
        var hasPlain = true;
        foreach (var c in word)
        {
            if (c < 128)
            {
                // Its own lowercase both ways, without copying a one-letter string.
                folded[foldedLength++] = plain[plainLength++] = AsciiLower[c];
                continue;
            }

            var fold = FoldOf(c);
            fold.Folded.CopyTo(folded[foldedLength..]);
            foldedLength += fold.Folded.Length;
            if (fold.Plain is null)
            {
                hasPlain = false;
            }
            else
            {
                fold.Plain.CopyTo(plain[plainLength..]);
                plainLength += fold.Plain.Length;
            }
        }

        if (foldedLength >= MinimumLength)
        {
            action(folded[..foldedLength]);
        }

        if (hasPlain && plainLength >= MinimumLength && !plain[..plainLength].SequenceEqual(folded[..foldedLength]))
        {
            action(plain[..plainLength]);
        }
    }

    private static char[] LowerOfAscii()
    {
        var lower = new char[128];
        for (var c = '\0'; c < 128; c++)
        {
            lower[c] = char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
        }

        return lower;
    }

    private static Fold FoldOf(char c)
    {
        if (c >= Folds.Length)
        {
            return Fold.Of(c);
        }

        // Two threads may work out the same character at once; both get the same answer.
        return Folds[c] ??= Fold.Of(c);
    }

    /// <summary>
    /// One character folded the address way (<see cref="Slug"/>: ä → ae) and the plain way (ä → a); a null plain
    /// folding (a letter without an ASCII base) makes the whole word's plain form its address form.
    /// </summary>
    private sealed record Fold(string Folded, string? Plain)
    {
        public static Fold Of(char c) => new(Slug.From(c.ToString()).Replace("-", string.Empty, StringComparison.Ordinal), PlainOf(c));

        private static string? PlainOf(char c)
        {
            var builder = new StringBuilder(2);
            foreach (var d in c.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD))
            {
                if (char.IsAsciiLetterOrDigit(d))
                {
                    builder.Append(d);
                }
                else if (d == 'ß')
                {
                    builder.Append("ss");
                }
                else if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    return null;
                }
            }

            return builder.ToString();
        }
    }
}
