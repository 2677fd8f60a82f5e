namespace Archive.Publishing;

/// <summary>Where one interview's document sits in <c>data/interviews.json</c>: its first byte and its length.</summary>
public readonly record struct DocumentPlace(long Offset, int Length);
