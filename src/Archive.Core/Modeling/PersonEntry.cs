using Archive.Loading;

namespace Archive.Modeling;

/// <summary>A person's page: what people.yml says of them and the interviews they gave, conducted or were mentioned in, newest first.</summary>
public sealed record PersonEntry(
    PersonRef Ref,
    PersonRecord? Record,
    IReadOnlyList<InterviewEntry> Given,
    IReadOnlyList<InterviewEntry> Conducted,
    IReadOnlyList<InterviewEntry> MentionedIn)
{
    public string Name => Ref.Name;

    public string Slug => Ref.Slug;

    public string Url => Ref.Url;
}
