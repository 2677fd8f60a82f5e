using Markdig;
using Markdig.Syntax;

namespace Archive.Reading;

/// <summary>
/// Splits a Markdown seed into its top-level blocks with Markdig, keeping each block's Markdown source, so that a
/// list or a quote stays one paragraph and renders as Markdown later.
/// </summary>
internal static class MarkdownParagraphs
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static List<SeedBlock> Split(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        var blocks = new List<SeedBlock>(document.Count);
        foreach (var block in document)
        {
            if (block is BlankLineBlock || block.Span.IsEmpty)
            {
                continue;
            }

            var source = text.Substring(block.Span.Start, block.Span.Length);
            var lines = source.Split('\n').Select(l => l.TrimEnd());
            blocks.Add(new SeedBlock(block.Line + 1, string.Join('\n', lines).Trim('\n')));
        }

        return blocks;
    }
}
