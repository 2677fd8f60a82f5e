namespace Archive.Rendering.Views;

/// <summary>The interviews of one year, for the chronological list.</summary>
public sealed record YearGroupView(int Year, IReadOnlyList<InterviewSummaryView> Interviews);
