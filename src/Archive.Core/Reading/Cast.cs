namespace Archive.Reading;

/// <summary>
/// Who takes part in an interview, as its metadata says: what the reader needs to recognise speaker labels.
/// Names are people's full names; <see cref="Speakers"/> maps extra labels (as written in the text) to one of those names
/// or to another person's name.
/// </summary>
public sealed record Cast(
    IReadOnlyList<string> Interviewers,
    IReadOnlyList<string> Interviewees,
    string? Source,
    IReadOnlyDictionary<string, string> Speakers)
{
    public static Cast Of(IReadOnlyList<string> interviewers, IReadOnlyList<string> interviewees, string? source = null) =>
        new(interviewers, interviewees, source, new Dictionary<string, string>());
}
