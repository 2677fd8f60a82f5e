namespace Archive.Scaffolding;

/// <summary>
/// Who takes part in a new interview, as far as its text says: the people asking and answering, the outlet whose
/// label marks the questions, and labels the reader cannot know by itself (initials such as "BP") mapped to names,
/// with what the editor should check about those.
/// </summary>
internal sealed record DetectedCast(
    IReadOnlyList<DetectedName> Interviewers,
    IReadOnlyList<DetectedName> Interviewees,
    string? Source,
    IReadOnlyDictionary<string, string> Speakers,
    string? SpeakersToDo);
