using Archive.Search;

namespace Archive;

/// <summary>
/// What to build: the archive at <paramref name="Root"/> into <paramref name="Output"/>.
/// With <paramref name="WriteOutput"/> false the whole site is rendered and checked but nothing is written (the <c>check</c> command).
/// <paramref name="IncludeDrafts"/> shows drafts for preview. <paramref name="Today"/> decides which embargoes have
/// passed; it defaults to today's date (UTC), and is the only way the date of a build can change its output.
/// <paramref name="Clean"/> ignores the build cache: every page is rendered and the output replaced as a whole.
/// </summary>
public sealed record BuildOptions(string Root, string Output, bool WriteOutput = true, bool IncludeDrafts = false, DateOnly? Today = null, bool Clean = false)
{
    public DateOnly Date => Today ?? DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Every page through Scriban's interpreter instead of the compiled templates: the reference they are tested against.</summary>
    internal bool Interpreted { get; init; }

    /// <summary>The size beyond which a search term shard is split: tests split a small archive's index as a big one's is.</summary>
    internal int SearchShardLimit { get; init; } = SearchIndex.DefaultShardLimit;
}
