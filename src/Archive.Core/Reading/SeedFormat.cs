namespace Archive.Reading;

/// <summary>How a seed's paragraphs are written: plain text (escaped on output) or Markdown (rendered by Markdig, raw HTML off).</summary>
public enum SeedFormat
{
    PlainText,
    Markdown,
}
