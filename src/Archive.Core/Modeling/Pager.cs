namespace Archive.Modeling;

/// <summary>One page of a long list: its slice of the items and its links.</summary>
public sealed record Pager<T>(IReadOnlyList<T> Items, PageLinks Links);
