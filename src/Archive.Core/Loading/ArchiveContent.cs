namespace Archive.Loading;

/// <summary>Everything the archive's files say, checked and ready for the site model; the first stage's result.</summary>
public sealed record ArchiveContent(
    string Root,
    SiteConfig Config,
    IReadOnlyList<InterviewSource> Interviews,
    IReadOnlyList<PersonRecord> People,
    IReadOnlyList<TopicRecord> Topics,
    IReadOnlyList<FreePage> Pages);
