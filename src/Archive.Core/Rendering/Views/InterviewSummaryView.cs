namespace Archive.Rendering.Views;

/// <summary>An interview as lists show it. <see cref="Date"/> is ISO at its own precision, <see cref="DateText"/> in the page's language.</summary>
public sealed record InterviewSummaryView(
    string Title,
    string Slug,
    string Url,
    string Date,
    string DateText,
    int Year,
    string? Summary,
    string Language,
    IReadOnlyList<LinkView> Interviewers,
    IReadOnlyList<LinkView> Interviewees,
    IReadOnlyList<LinkView> Topics);
