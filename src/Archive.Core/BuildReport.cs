using Archive.Diagnostics;

namespace Archive;

/// <summary>
/// What a build did: its problems in a stable order, the files it wrote, the pages it rendered, how long each step
/// took, and notes for the editor. An incremental build also tells how many files it left as they were.
/// </summary>
public sealed record BuildReport(IReadOnlyList<Diagnostic> Diagnostics, int FilesWritten, int PagesRendered, IReadOnlyList<StepTime> Steps, IReadOnlyList<string>? Notes = null)
{
    public int FilesKept { get; init; }

    /// <summary>
    /// How the pages were rendered, for --verbose: null when no page was; otherwise whether the templates were compiled
    /// (see <c>Rendering/Compiled</c>), or why not.
    /// </summary>
    public string? Templates { get; init; }

    /// <summary>Whether the search index was patched from the last build's (see <c>Search/SearchIndex</c>) rather than made whole.</summary>
    public bool SearchIndexPatched { get; init; }

    /// <summary>Pages the compiled templates handed back to Scriban's interpreter (an error, or a value of an unusual type).</summary>
    public int PagesReRendered { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>How long the build took from start to end (some of its steps run side by side).</summary>
    public TimeSpan Elapsed { get; init; }
}

public sealed record StepTime(string Step, TimeSpan Elapsed);
