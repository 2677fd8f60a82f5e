namespace Archive.Rendering;

/// <summary>
/// Escapes text for HTML text and attribute values. Only the five characters that mean something to HTML are replaced,
/// so that umlauts stay readable in the output (Scriban's html.escape turns every non-ASCII letter into an entity).
/// </summary>
public static class Html
{
    private const string Special = "&<>\"'";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            return text;
        }

        // Every paragraph of every page comes through here: the escaped text is measured, then written once.
        var length = text.Length;
        foreach (var c in text.AsSpan(first))
        {
            var entity = Entity(c);
            length += entity.IsEmpty ? 0 : entity.Length - 1;
        }

        return string.Create(length, (text, first), static (target, state) =>
        {
            var (source, start) = state;
            source.AsSpan(0, start).CopyTo(target);
            var at = start;
            foreach (var c in source.AsSpan(start))
            {
                var entity = Entity(c);
                if (entity.Length == 0)
                {
                    target[at++] = c;
                }
                else
                {
                    entity.CopyTo(target[at..]);
                    at += entity.Length;
                }
            }
        });
    }

    /// <summary>What a character is written as, or nothing when it is written as it is.</summary>
    private static ReadOnlySpan<char> Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => default,
    };
}
