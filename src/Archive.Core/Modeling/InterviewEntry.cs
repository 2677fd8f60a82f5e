using Archive.Loading;

namespace Archive.Modeling;

/// <summary>
/// An interview in the site: its metadata with people and topics resolved to their pages. <paramref name="Number"/> is
/// its place in the site's order (newest first, from 0), so that what a build keeps per interview can sit in an array
/// instead of a table by slug (a big archive has 100,000 of them).
/// </summary>
public sealed record InterviewEntry(
    InterviewSource Source,
    int Number,
    string Url,
    IReadOnlyList<PersonRef> Interviewers,
    IReadOnlyList<PersonRef> Interviewees,
    IReadOnlyList<PersonRef> Mentions,
    IReadOnlyList<TopicRef> Topics)
{
    public string Slug => Source.Slug;

    public string Title => Source.Title;

    public PartialDate Date => Source.Date;
}
