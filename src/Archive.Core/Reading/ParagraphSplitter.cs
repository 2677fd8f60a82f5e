namespace Archive.Reading;

/// <summary>
/// Splits plain text into paragraphs at blank lines (whitespace-only lines count as blank). Each line loses its
/// trailing whitespace; line breaks inside a paragraph are kept.
/// </summary>
internal static class ParagraphSplitter
{
    public static List<SeedBlock> Split(string text)
    {
        var blocks = new List<SeedBlock>();
        var lines = new List<string>();
        var start = 0;
        var number = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            number++;
            var line = raw.TrimEnd();
            if (line.IsWhiteSpace())
            {
                Flush();
                continue;
            }

            if (lines.Count == 0)
            {
                start = number;
            }

            lines.Add(line.ToString());
        }

        Flush();
        return blocks;

        void Flush()
        {
            if (lines.Count > 0)
            {
                blocks.Add(new SeedBlock(start, string.Join('\n', lines)));
                lines.Clear();
            }
        }
    }
}
