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

        // Each quote becomes one mark, so the text keeps its length and is written once.
        return string.Create(text.Length, (text, marks), static (target, state) =>
        {
            var (source, marks) = state;
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                target[i] = c != '"' ? c : Mark(source, i, marks);
            }
        });
    }

    private static char Mark(string text, int i, string marks)
    {
        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        var opens = char.IsWhiteSpace(before) || before is '(' or '[' or '/' or '–' or '—';
        var closes = !char.IsWhiteSpace(before);
        return opens && !char.IsWhiteSpace(after) ? marks[0]
            : closes ? marks[1]
            : '"'; // a quote standing alone between spaces is left as written
    }
}
