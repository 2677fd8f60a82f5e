namespace Archive.Rendering.Views;

/// <summary>
/// A run of paragraphs with one role and one speaker: <see cref="Kind"/> is lead, question, answer, aside, byline or text.
/// A question has an <see cref="Anchor"/>. <see cref="SpeakerSlug"/> is the speaker's person slug (null when the text
/// does not say who spoke), <see cref="SpeakerUrl"/> their page when they have one. <see cref="ParagraphsHtml"/> are safe HTML.
/// <see cref="FirstParagraph"/> is the number of the block's first paragraph in the transcript.
/// </summary>
public sealed record TranscriptBlockView(
    int FirstParagraph,
    string Kind,
    string? Anchor,
    string? SpeakerName,
    string? SpeakerSlug,
    string? SpeakerUrl,
    IReadOnlyList<string> ParagraphsHtml);
