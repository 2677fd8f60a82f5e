namespace Archive.Reading;

/// <summary>
/// One paragraph of an interview as it was read.
/// <paramref name="Number"/> counts paragraphs from 1; <paramref name="Line"/> is the seed line it starts on.
/// <paramref name="Label"/> is the speaker label as written in the seed ("ntv.de", "ERNST"), removed from <paramref name="Text"/>.
/// <paramref name="Speaker"/> is the person's name the paragraph is attributed to, or null when the text does not say who
/// (for example a generic "Frage:" in an interview with two interviewers).
/// <paramref name="Text"/> is the paragraph's wording exactly as in the seed, without the label; inner line breaks are kept.
/// </summary>
public sealed record TranscriptParagraph(
    int Number,
    int Line,
    ParagraphRole Role,
    string? Label,
    string? Speaker,
    string Text);
