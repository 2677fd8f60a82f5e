using Archive.Reading;
using Archive.Rendering.Views;

namespace Archive.Rendering;

/// <summary>
/// Lays a transcript out as the conversation it was: the opening lead, then blocks in the text's order, where
/// consecutive paragraphs of one speaker in one role form one question or one answer. Each question gets an anchor
/// (q1, q2, …) and an entry in the list of questions.
/// </summary>
internal static class TranscriptLayout
{
    public sealed record Result(IReadOnlyList<string> Lead, IReadOnlyList<QuestionLinkView> Questions, IReadOnlyList<TranscriptBlockView> Blocks);

    /// <param name="quotes">The page language's opening and closing quotation marks, for <see cref="Typography.Quotes"/>.</param>
    public static Result Lay(Transcript transcript, Func<string, LinkView?> speakerLink, string? quotes = null)
    {
        var paragraphs = transcript.Paragraphs;
        var lead = new List<string>();
        var index = 0;
        for (; index < paragraphs.Count && paragraphs[index].Role == ParagraphRole.Lead; index++)
        {
            lead.Add(ParagraphHtml(paragraphs[index], transcript.Format, quotes));
        }

        var blocks = new List<(TranscriptParagraph First, List<TranscriptParagraph> Paragraphs)>();
        for (; index < paragraphs.Count; index++)
        {
            var paragraph = paragraphs[index];
            if (blocks.Count > 0 && Continues(blocks[^1].First, paragraph))
            {
                blocks[^1].Paragraphs.Add(paragraph);
            }
            else
            {
                blocks.Add((paragraph, [paragraph]));
            }
        }

        var questions = new List<QuestionLinkView>();
        var views = new List<TranscriptBlockView>(blocks.Count);
        foreach (var (first, members) in blocks)
        {
            string? anchor = null;
            if (first.Role == ParagraphRole.Question)
            {
                var number = questions.Count + 1;
                anchor = $"q{number}";
                questions.Add(new QuestionLinkView(anchor, number, string.Join(' ', members.Select(p => transcript.Format == SeedFormat.Markdown ? PlainText(p, transcript.Format) : Typography.Quotes(PlainText(p, transcript.Format), quotes)))));
            }

            var speaker = first.Speaker is null ? null : speakerLink(first.Speaker);
            views.Add(new TranscriptBlockView(
                first.Number,
                first.Role.Name(),
                anchor,
                speaker?.Name ?? first.Label,
                speaker?.Slug,
                string.IsNullOrEmpty(speaker?.Url) ? null : speaker.Url,
                [.. members.Select(p => ParagraphHtml(p, transcript.Format, quotes))]));
        }

        return new Result(lead, questions, views);
    }

    /// <summary>Questions and answers continue while the same speaker goes on; plain text runs on as one block.</summary>
    private static bool Continues(TranscriptParagraph block, TranscriptParagraph next) =>
        next.Role == block.Role &&
        next.Role is ParagraphRole.Question or ParagraphRole.Answer or ParagraphRole.Text &&
        next.Speaker == block.Speaker &&
        (next.Label is null || next.Label == block.Label);

    private static string ParagraphHtml(TranscriptParagraph paragraph, SeedFormat format, string? quotes)
    {
        if (format == SeedFormat.Markdown)
        {
            return MarkdownRenderer.ToHtml(paragraph.Text).TrimEnd('\n'); // quotes may be Markdown syntax there (link titles)
        }

        // A recording's timecode is set apart from the words, so that a reader's eye skips it.
        var time = TimecodeLength(paragraph);
        return time == 0
            ? $"<p>{Html.Escape(Typography.Quotes(paragraph.Text, quotes))}</p>"
            : $"<p><span class=\"timecode\">{Html.Escape(paragraph.Text[..time].Trim())}</span> {Html.Escape(Typography.Quotes(paragraph.Text[time..], quotes))}</p>";
    }

    /// <summary>The text as the list of questions shows it: without markup, and without the timecode the page shows apart.</summary>
    private static string PlainText(TranscriptParagraph paragraph, SeedFormat format) => format == SeedFormat.Markdown
        ? MarkdownRenderer.ToPlainText(paragraph.Text)
        : paragraph.Text[TimecodeLength(paragraph)..].ReplaceLineEndings(" ");

    /// <summary>
    /// The length of the timecode a plain-text paragraph starts with ("[00:01:23] "): one in brackets, or a bare one that
    /// a speaker's label followed; a bare time that only opens a sentence ("10:30 Uhr: …") is the sentence's.
    /// </summary>
    private static int TimecodeLength(TranscriptParagraph paragraph)
    {
        var time = TextPatterns.TimecodeLength(paragraph.Text);
        return time > 0 && (paragraph.Label is not null || paragraph.Text.TrimStart()[0] is '[' or '(') ? time : 0;
    }
}
