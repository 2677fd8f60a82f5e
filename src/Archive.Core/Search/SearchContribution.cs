namespace Archive.Search;

/// <summary>
/// What one interview gives the search index: its questions as the results list shows them, and each of its terms
/// with the exchanges that hold it and how often it occurs. An incremental build keeps it in the build cache, so an
/// interview whose text did not change is not read again.
/// </summary>
public sealed record SearchContribution(IReadOnlyList<string> Questions, IReadOnlyList<TermCount> Terms);
