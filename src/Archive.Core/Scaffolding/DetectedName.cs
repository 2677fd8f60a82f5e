namespace Archive.Scaffolding;

/// <summary>A person's name found in a new interview's text, and where: "the byline", "the label 'ERNST'" and the like.</summary>
internal sealed record DetectedName(string Name, string How)
{
    /// <summary>A single word: the text gave only a surname.</summary>
    public bool IsSurnameOnly => !Name.Contains(' ', StringComparison.Ordinal);
}
