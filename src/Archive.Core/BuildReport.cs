using Archive.Diagnostics;

namespace Archive;

/// <summary>What a build did: its problems in a stable order, the files it wrote, how long each step took, and notes for the editor.</summary>
public sealed record BuildReport(IReadOnlyList<Diagnostic> Diagnostics, int FilesWritten, int PagesRendered, IReadOnlyList<StepTime> Steps, IReadOnlyList<string>? Notes = null)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    public TimeSpan Elapsed => Steps.Aggregate(TimeSpan.Zero, (sum, step) => sum + step.Elapsed);
}

public sealed record StepTime(string Step, TimeSpan Elapsed);
