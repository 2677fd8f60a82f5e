namespace Archive.Cli.Commands;

/// <summary>
/// Prints a build's problems to standard error, then a count; and, with --verbose, each step's time, how templates ran,
/// whether the search index was patched and, when given, what the garbage collector did.
/// </summary>
internal static class ReportPrinter
{
    public static void Print(BuildReport report, bool verbose, TextWriter output, TextWriter error, CollectorUse? collector = null)
    {
        foreach (var line in Problems(report))
        {
            error.WriteLine(line);
        }

        if (verbose)
        {
            foreach (var step in report.Steps)
            {
                output.WriteLine($"  {step.Step,-24} {step.Elapsed.TotalMilliseconds,8:F1} ms");
            }

            if (report.Templates is not null)
            {
                output.WriteLine($"  templates: {report.Templates}" + (report.PagesReRendered > 0 ? $"; {report.PagesReRendered} page(s) rendered again by the interpreter" : ""));
            }

            if (report.SearchIndexPatched)
            {
                output.WriteLine("  search index: patched (only the shards whose terms changed were made again)");
            }

            if (collector is not null)
            {
                output.WriteLine($"  {collector}");
            }
        }
    }

    /// <summary>
    /// Every problem as <c>file:line:col: error: message</c>, then the count; nothing for a clean build. The preview
    /// server shows these same lines on its pages.
    /// </summary>
    public static IReadOnlyList<string> Problems(BuildReport report) =>
        report.Diagnostics.Count == 0
            ? []
            : [.. report.Diagnostics.Select(d => d.ToString()), $"{report.ErrorCount} error(s), {report.WarningCount} warning(s)"];
}
