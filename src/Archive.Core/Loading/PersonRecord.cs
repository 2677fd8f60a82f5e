using Archive.Diagnostics;

namespace Archive.Loading;

/// <summary>Optional details of a person from <c>content/people.yml</c>; a person is identified by name.</summary>
public sealed record PersonRecord(
    string Name,
    SourceLocation Location,
    string? Bio,
    string? Affiliation,
    IReadOnlyList<string> Links);
