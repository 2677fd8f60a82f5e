using System.Text;

namespace Archive.Rendering;

/// <summary>
/// Straight double quotes in a seed become the typographic quotes of the page's language ("…" → „…“ in German,
/// “…” in English), taken from the interface text's <c>quotes</c> (opening and closing mark). Only the page changes;
/// the seed, the open data and the search index keep the text as it arrived.
/// </summary>
internal static class Typography
{
    public static string Quotes(string text, string? marks)
    {
        if (marks is not { Length: 2 } || !text.Contains('"', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '"')
            {
                builder.Append(c);
                continue;
            }

            var before = i == 0 ? ' ' : text[i - 1];
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            var opens = char.IsWhiteSpace(before) || before is '(' or '[' or '/' or '–' or '—';
            var closes = !char.IsWhiteSpace(before);
            if (opens && !char.IsWhiteSpace(after))
            {
                builder.Append(marks[0]);
            }
            else if (closes)
            {
                builder.Append(marks[1]);
            }
            else
            {
                builder.Append(c); // a quote standing alone between spaces is left as written
            }
        }

        return builder.ToString();
    }
}
