namespace Archive.Diagnostics;

/// <summary>A place in a file of the archive. The path is relative to the site root and uses '/'; line and column count from 1.</summary>
public sealed record SourceLocation(string Path, int Line = 1, int Column = 1)
{
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
