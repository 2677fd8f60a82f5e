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

    /// <summary>
    /// The address slug of <paramref name="name"/>: taken from this interview's people when it is one of them, as nearly
    /// every speaker in its text is, and made from the name otherwise. Each paragraph of every interview asks, so a name
    /// already resolved is not slugged again.
    /// </summary>
    public string SlugOf(string name) =>
        Find(Interviewees, name) ?? Find(Interviewers, name) ?? Find(Mentions, name) ?? Modeling.Slug.From(name);

    private static string? Find(IReadOnlyList<PersonRef> people, string name)
    {
        for (var i = 0; i < people.Count; i++)
        {
            if (string.Equals(people[i].Name, name, StringComparison.Ordinal))
            {
                return people[i].Slug;
            }
        }

        return null;
    }
}
