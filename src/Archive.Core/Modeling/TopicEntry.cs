using Archive.Loading;

namespace Archive.Modeling;

/// <summary>A topic's page: its optional description and its interviews, newest first.</summary>
public sealed record TopicEntry(TopicRef Ref, TopicRecord? Record, IReadOnlyList<InterviewEntry> Interviews)
{
    public string Name => Ref.Name;

    public string Slug => Ref.Slug;

    public string Url => Ref.Url;
}
