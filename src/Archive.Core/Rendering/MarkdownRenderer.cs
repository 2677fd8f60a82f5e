using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Rendering;

/// <summary>
/// Markdown from content (topic descriptions, free pages, Markdown seeds) to HTML with one pipeline built once and shared
/// by all threads. Raw HTML is off, and links or images to anything but http(s), mailto or a relative address lose their
/// target, so content can never run script in a reader's browser.
/// </summary>
public static class MarkdownRenderer
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        DisarmLinks(document);
        return document.ToHtml(Pipeline);
    }

    /// <summary>The HTML of one paragraph's inline content, without the surrounding &lt;p&gt;.</summary>
    public static string InlineToHtml(string markdown)
    {
        var html = ToHtml(markdown).TrimEnd('\n');
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;
    }

    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline).Trim();

    private static void DisarmLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && !IsSafe(url))
            {
                link.Url = string.Empty;
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!IsSafe(autolink.Url))
            {
                autolink.Url = string.Empty;
            }
        }
    }

    private static bool IsSafe(string url)
    {
        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true; // relative address
        }

        var scheme = trimmed[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase) ||
            scheme.Equals("https", StringComparison.OrdinalIgnoreCase) ||
            scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
    }
}
