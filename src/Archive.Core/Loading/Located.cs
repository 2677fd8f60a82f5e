using Archive.Diagnostics;

namespace Archive.Loading;

/// <summary>A value read from the archive together with where it was written, so later stages can point at it.</summary>
public readonly record struct Located<T>(T Value, SourceLocation Location);
