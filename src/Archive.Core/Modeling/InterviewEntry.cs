using Archive.Loading;

namespace Archive.Modeling;

/// <summary>An interview in the site: its metadata with people and topics resolved to their pages.</summary>
public sealed record InterviewEntry(
    InterviewSource Source,
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
