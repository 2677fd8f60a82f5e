namespace Archive.Rendering.Views;

/// <summary>A person for templates, with how many interviews they gave, conducted and were mentioned in.</summary>
public sealed record PersonView(
    string Name,
    string Slug,
    string Url,
    string? Bio,
    string? Affiliation,
    IReadOnlyList<string> Links,
    int GivenCount,
    int ConductedCount,
    int MentionedCount);
