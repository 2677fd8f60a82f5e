namespace Archive.Loading;

/// <summary>
/// Everything the archive's files say, checked and ready for the site model; the first stage's result.
/// <paramref name="Stamps"/> holds the stamps of files loading looked at anyway (metadata files and their seeds, by
/// path relative to the archive folder), so that the build's input fingerprints need not look again.
/// </summary>
public sealed record ArchiveContent(
    string Root,
    SiteConfig Config,
    IReadOnlyList<InterviewSource> Interviews,
    IReadOnlyList<PersonRecord> People,
    IReadOnlyList<TopicRecord> Topics,
    IReadOnlyList<FreePage> Pages,
    IReadOnlyDictionary<string, FileStamp>? Stamps = null);
