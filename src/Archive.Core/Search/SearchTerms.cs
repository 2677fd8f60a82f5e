using System.Globalization;
using System.Text;
using Archive.Modeling;

namespace Archive.Search;

/// <summary>
/// Splits text into search terms the way the search page splits a query: lowercase, German-aware (für → fuer, López →
/// lopez) and, where that differs, also without the umlaut's e (für → fur), so that "fuer" and "fur" both find "für".
/// assets/search.js folds a query with the same rules.
/// </summary>
public static class SearchTerms
{
    public const int MinimumLength = 2;

    public static IEnumerable<string> Of(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            foreach (var term in Flush(word))
            {
                yield return term;
            }
        }

        foreach (var term in Flush(word))
        {
            yield return term;
        }
    }

    private static IEnumerable<string> Flush(StringBuilder word)
    {
        if (word.Length == 0)
        {
            yield break;
        }

        var text = word.ToString();
        word.Clear();
        if (text.All(char.IsAscii))
        {
            // Most words: lowercase is all the folding they need (and the hot path of indexing a whole archive).
            if (text.Length >= MinimumLength)
            {
                yield return text.ToLowerInvariant();
            }

            yield break;
        }

        var folded = Slug.From(text).Replace("-", string.Empty, StringComparison.Ordinal);
        if (folded.Length >= MinimumLength)
        {
            yield return folded;
        }

        var plain = Plain(text);
        if (plain != folded && plain.Length >= MinimumLength)
        {
            yield return plain;
        }
    }

    /// <summary>Accents dropped without the German e: für → fur, Öl → ol.</summary>
    private static string Plain(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (c == 'ß')
            {
                builder.Append("ss");
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                return Slug.From(word).Replace("-", string.Empty, StringComparison.Ordinal);
            }
        }

        return builder.ToString();
    }
}
