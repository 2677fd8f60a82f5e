namespace Archive.Scaffolding;

/// <summary>
/// What <c>archive new</c> did: the draft and the two files it wrote (paths relative to the archive), with notes for
/// the editor; or, when it refused, why, and nothing written.
/// </summary>
public sealed record NewInterviewResult(InterviewDraft? Draft, string? SeedPath, string? MetadataPath, IReadOnlyList<string> Notes, string? Error)
{
    public static NewInterviewResult Refused(string error) => new(null, null, null, [], error);
}
