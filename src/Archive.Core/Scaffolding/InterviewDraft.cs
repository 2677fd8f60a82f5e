namespace Archive.Scaffolding;

/// <summary>
/// The metadata <c>archive new</c> proposes for a new interview, each value with how it was found and what the editor
/// must still do. <see cref="Questions"/> and <see cref="Answers"/> count how the reader reads the text with this cast,
/// so that a cast that does not fit the text shows at once.
/// </summary>
public sealed record InterviewDraft(
    string Seed,
    string Slug,
    Detected<string?> Title,
    Detected<string> Date,
    Detected<IReadOnlyList<string>> Interviewers,
    Detected<IReadOnlyList<string>> Interviewees,
    Detected<string?> Source,
    Detected<string> Language,
    Detected<IReadOnlyDictionary<string, string>> Speakers,
    Detected<IReadOnlyList<string>> Topics,
    int Questions,
    int Answers)
{
    /// <summary>What the editor must still do, key by key, in the order of the metadata file.</summary>
    public IReadOnlyList<(string Key, string ToDo)> ToDos =>
    [
        .. new (string Key, string? ToDo)[]
        {
            ("title", Title.ToDo), ("date", Date.ToDo), ("interviewer", Interviewers.ToDo), ("interviewee", Interviewees.ToDo),
            ("source", Source.ToDo), ("language", Language.ToDo), ("speakers", Speakers.ToDo), ("topics", Topics.ToDo),
        }.Where(t => t.ToDo is not null).Select(t => (t.Key, t.ToDo!)),
    ];
}
