namespace Archive.Diagnostics;

/// <summary>
/// A place in a file of the archive. The path is relative to the site root and uses '/'; line and column count from 1.
/// A value rather than an object: the loaded metadata of 100,000 interviews holds about a million of them (one per
/// name and topic), 30 MB as objects.
/// </summary>
public readonly record struct SourceLocation(string Path, int Line = 1, int Column = 1)
{
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
