namespace Archive.Loading;

/// <summary>A text file's text, and the line and column from which it was read as Windows-1252, if it was.</summary>
public readonly record struct DecodedText(string Text, (int Line, int Column)? Windows1252From)
{
    public bool WasWindows1252 => Windows1252From is not null;
}
