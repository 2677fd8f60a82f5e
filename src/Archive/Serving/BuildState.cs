namespace Archive.Cli.Serving;

/// <summary>
/// The latest build as pages and open tabs see it. <paramref name="Id"/> changes with every build, so a tab can tell
/// that it shows an older one; <paramref name="Problems"/> holds the lines the console printed for a failed build and
/// is empty for one that succeeded.
/// </summary>
internal sealed record BuildState(string Id, IReadOnlyList<string> Problems)
{
    public bool Failed => Problems.Count > 0;
}
