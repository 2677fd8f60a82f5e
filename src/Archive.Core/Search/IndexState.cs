namespace Archive.Search;

/// <summary>
/// What a search index held when it was written: its terms by number, how many interviews held each (the terms left
/// out as too common included) and the shard limit it was split by. The build cache keeps it for the next build.
/// </summary>
public sealed record IndexState(IReadOnlyList<string> Terms, IReadOnlyList<int> Counts, int ShardLimit);
