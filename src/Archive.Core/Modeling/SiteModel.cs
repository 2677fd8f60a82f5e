using Archive.Loading;

namespace Archive.Modeling;

/// <summary>
/// The whole site before rendering: interviews newest first, people and topics in the site language's alphabetical order,
/// every page to write, and each interview's related interviews by slug.
/// </summary>
public sealed record SiteModel(
    ArchiveContent Content,
    IReadOnlyList<InterviewEntry> Interviews,
    IReadOnlyList<PersonEntry> People,
    IReadOnlyList<TopicEntry> Topics,
    IReadOnlyList<SitePage> Pages,
    IReadOnlyDictionary<string, IReadOnlyList<InterviewEntry>> Related)
{
    public SiteConfig Config => Content.Config;
}
