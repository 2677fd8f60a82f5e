using System.Globalization;
using System.Text;
using Archive.Modeling;

namespace Archive.Search;

/// <summary>
/// Splits text into search terms the way the search page splits a query: lowercase, German-aware (für → fuer, López →
/// lopez) and, where that differs, also without the umlaut's e (für → fur), so that "fuer" and "fur" both find "für".
/// A letter of another script stays itself, lowercase and without its accents (Ελλάδα → ελλαδα), and the word is also
/// a term in Latin letters (ellada), as its address would be. Text saved decomposed (ä as a and a combining mark) is
/// folded as composed text is. A word is a run of letters, decimal digits and combining marks of the Basic
/// Multilingual Plane; a character beyond it separates words. assets/search.js folds a query with the same rules.
/// Indexing a whole archive runs through here, so words are folded character by character into buffers, with each
/// character's folding worked out once, and an ASCII word (most of them) is lowercased in the same pass that finds
/// where it ends.
/// </summary>
public static class SearchTerms
{
    public const int MinimumLength = 2;

    /// <summary>Longer words are not search terms (they are not words a reader types).</summary>
    private const int MaximumLength = 64;

    /// <summary>Each character's folding once worked out, for every character of the Basic Multilingual Plane.</summary>
    private static readonly Fold?[] Folds = new Fold?[char.MaxValue + 1];

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
        // A character can fold to several (ä → ae, 한 → its three jamo, 北 → bei).
        Span<char> folded = stackalloc char[MaximumLength * 4];
        Span<char> plain = stackalloc char[MaximumLength * 4];
        ReadOnlySpan<char> lower = AsciiLower;
        var i = 0;
        while (i < text.Length)
        {
            // Between words: one look per character.
            var c = text[i];
            if (c < 128 ? lower[c] == 0 : !FoldOf(c).InWord)
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
                else if (FoldOf(c).InWord)
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

    /// <summary>
    /// A word with a letter beyond ASCII, folded character by character; its ASCII letters (most of it) are copied as
    /// they are found. A word with a combining mark is composed first (<paramref name="composed"/> says it was), so that
    /// a and its diaeresis fold as ä does.
    /// </summary>
    private static void Word(ReadOnlySpan<char> word, TermAction action, Span<char> folded, Span<char> plain, bool composed = false)
    {
        int foldedLength = 0, plainLength = 0;
        var hasPlain = true;
        foreach (var c in word)
        {
            if (c < 128)
            {
                var lower = AsciiLower[c];
                if (foldedLength == folded.Length)
                {
                    return; // not a word a reader types
                }

                folded[foldedLength++] = lower;
                if (hasPlain && plainLength < plain.Length)
                {
                    plain[plainLength++] = lower;
                }
                else
                {
                    hasPlain = false;
                }

                continue;
            }

            var fold = FoldOf(c);
            if (fold.Combining && !composed)
            {
                Word(word.ToString().Normalize(NormalizationForm.FormC), action, folded, plain, composed: true);
                return;
            }

            if (!fold.Folded.TryCopyTo(folded[foldedLength..]))
            {
                return; // not a word a reader types
            }

            foldedLength += fold.Folded.Length;
            if (hasPlain && fold.Plain is not null && fold.Plain.TryCopyTo(plain[plainLength..]))
            {
                plainLength += fold.Plain.Length;
            }
            else
            {
                hasPlain = false;
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

    private static Fold FoldOf(char c) =>
        // Two threads may work out the same character at once; both get the same answer.
        Folds[c] ??= Fold.Of(c);

    /// <summary>
    /// One character folded the search page's way (<see cref="Folded"/>: ä → ae, é → e, Ж → ж, ά → α) and in plain
    /// Latin letters (ä → a, Ж → zh); a null plain folding (a Latin letter without an ASCII base, such as æ) makes the
    /// whole word's plain form its folded form. <see cref="InWord"/>: a letter, digit or combining mark, which words
    /// are made of; <see cref="Combining"/>: a mark that composes with the letter before it.
    /// </summary>
    private sealed record Fold(string Folded, string? Plain, bool InWord, bool Combining)
    {
        private static readonly Fold Separator = new(string.Empty, string.Empty, false, false);

        public static Fold Of(char c)
        {
            if (char.IsSurrogate(c))
            {
                return Separator; // half a character beyond the Basic Multilingual Plane
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark:
                    return new(string.Empty, string.Empty, true, true);
                case UnicodeCategory.SpacingCombiningMark:
                    return new(Own(c), Slug.Romanized(c) ?? string.Empty, true, false);
            }

            if (!char.IsLetterOrDigit(c))
            {
                return Separator;
            }

            return Slug.LatinBase(c) is { } latin ? new(latin, PlainOf(c), true, false) : new(Own(c), Slug.Romanized(c), true, false);
        }

        /// <summary>
        /// A character of another script as itself: lowercase, decomposed, without its marks, and a final sigma as
        /// sigma (the search page lowercases a capital sigma at a word's end to a final one).
        /// </summary>
        private static string Own(char c)
        {
            var builder = new StringBuilder(2);
            foreach (var d in char.ToLowerInvariant(c).ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
                {
                    builder.Append(d == 'ς' ? 'σ' : d);
                }
            }

            return builder.ToString();
        }

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
