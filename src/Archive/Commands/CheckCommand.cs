namespace Archive.Cli.Commands;

/// <summary><c>archive check</c>: everything build does except writing; silent and exit 0 for a sound archive.</summary>
internal static class CheckCommand
{
    /// <param name="ownsProcess">The check is all this process does: what the garbage collector did is its to report.</param>
    public static int Run(CommandLine line, TextWriter output, TextWriter error, bool ownsProcess = false)
    {
        var root = ArchiveLocator.Find(line.Source, error);
        if (root is null)
        {
            return ExitCodes.ContentErrors;
        }

        var report = ArchiveBuild.Run(new BuildOptions(root, Path.Combine(root, "public"), WriteOutput: false, IncludeDrafts: line.Drafts));
        ReportPrinter.Print(report, line.Verbose, output, error, ownsProcess ? CollectorUse.OfThisProcess() : null);
        return report.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }
}
