namespace Archive.Reading;

/// <summary>A paragraph of the seed as written, before any reading: its first line's number and its text (lines joined by '\n').</summary>
internal readonly record struct SeedBlock(int Line, string Text);
