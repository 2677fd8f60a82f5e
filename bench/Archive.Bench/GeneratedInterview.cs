namespace Archive.Bench;

/// <summary>
/// One generated interview, kept so the same corpus can be written as a Hugo site too: <see cref="Markdown"/> is the
/// same text as a Hugo page holds a conversation, each question a heading and each answer led by its speaker's name.
/// </summary>
internal sealed record GeneratedInterview(
    string Slug,
    string SeedName,
    string Title,
    string Date,
    IReadOnlyList<string> Interviewers,
    IReadOnlyList<string> Interviewees,
    IReadOnlyList<string> Topics,
    string Text,
    string Markdown,
    bool HasSource);
