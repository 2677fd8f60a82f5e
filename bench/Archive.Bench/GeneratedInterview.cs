namespace Archive.Bench;

/// <summary>One generated interview, kept so the same corpus can be written as a Hugo site too.</summary>
internal sealed record GeneratedInterview(
    string Slug,
    string SeedName,
    string Title,
    string Date,
    IReadOnlyList<string> Interviewers,
    IReadOnlyList<string> Interviewees,
    IReadOnlyList<string> Topics,
    string Text,
    bool HasSource);
