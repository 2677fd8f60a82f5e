namespace Archive.Cli.Commands;

/// <summary>Prints a build's problems to standard error, then a count; and, with --verbose, each step's time.</summary>
internal static class ReportPrinter
{
    public static void Print(BuildReport report, bool verbose, TextWriter output, TextWriter error)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            error.WriteLine(diagnostic);
        }

        if (report.Diagnostics.Count > 0)
        {
            error.WriteLine($"{report.ErrorCount} error(s), {report.WarningCount} warning(s)");
        }

        if (verbose)
        {
            foreach (var step in report.Steps)
            {
                output.WriteLine($"  {step.Step,-24} {step.Elapsed.TotalMilliseconds,8:F1} ms");
            }
        }
    }
}
