namespace Archive.Rendering.Views;

/// <summary>
/// Everything an interview page shows. <see cref="Lead"/> is the opening run of lead paragraphs; <see cref="Blocks"/>
/// is the rest of the text in order; <see cref="Citation"/> is the formatted reference (<see cref="CitationFiles"/> the
/// same for reference managers), <see cref="CitationUrl"/> the
/// page's absolute address when the site has a base_url; <see cref="Related"/> are other interviews sharing its topics and people; <see cref="IsConversation"/> is false when the text is shown as plain paragraphs.
/// </summary>
public sealed record InterviewView(
    InterviewSummaryView Summary,
    string? Source,
    string? SourceUrl,
    IReadOnlyList<LinkView> Mentions,
    bool IsConversation,
    IReadOnlyList<string> Lead,
    IReadOnlyList<QuestionLinkView> Questions,
    IReadOnlyList<TranscriptBlockView> Blocks,
    IReadOnlyList<InterviewSummaryView> Related,
    string Citation,
    string? CitationUrl,
    IReadOnlyList<CitationFileView> CitationFiles);
