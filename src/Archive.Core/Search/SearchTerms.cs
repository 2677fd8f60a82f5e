using System.Globalization;
using System.Text;
using Archive.Modeling;

namespace Archive.Search;

/// <summary>
/// Splits text into search terms the way the search page splits a query: lowercase, German-aware (für → fuer, López →
/// lopez) and, where that differs, also without the umlaut's e (für → fur), so that "fuer" and "fur" both find "für".
/// assets/search.js folds a query with the same rules. Indexing a whole archive runs through here, so words are
/// folded character by character into buffers, with each character's folding worked out once.
/// </summary>
public static class SearchTerms
{
    public const int MinimumLength = 2;

    /// <summary>Longer words are not search terms (they are not words a reader types).</summary>
    private const int MaximumLength = 64;

    private static readonly Fold?[] Folds = new Fold?[0x3000];

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
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                Word(text[start..i], action, folded, plain);
                start = -1;
            }
        }
    }

    private static void Word(ReadOnlySpan<char> word, TermAction action, Span<char> folded, Span<char> plain)
    {
        if (word.Length > MaximumLength)
        {
            return;
        }

        // Ascii.IsValid rather than ContainsAnyExceptInRange: that one is generic, and until the runtime has compiled it
        // optimized it boxes its bounds on every call, and every word of the archive passes here.
        if (Ascii.IsValid(word))
        {
            // Most words: lowercase is all the folding they need.
            if (word.Length >= MinimumLength)
            {
                var length = word.ToLowerInvariant(folded);
                action(folded[..length]);
            }

            return;
        }

        int foldedLength = 0, plainLength = 0;
        var hasPlain = true;
        foreach (var c in word)
        {
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
