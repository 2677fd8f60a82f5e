using System.Globalization;
using Archive.Loading;

namespace Archive.Cli.Commands;

/// <summary><c>archive build</c>: builds the site, or leaves the previous output untouched when the archive has errors.</summary>
internal static class BuildCommand
{
    /// <param name="ownsProcess">
    /// The build is all this process does (the command line, not a test or the preview server), so it may set up the
    /// runtime for an incremental build (<see cref="IncrementalProcess"/>), and what the garbage collector did is the
    /// build's to report.
    /// </param>
    public static int Run(CommandLine line, TextWriter output, TextWriter error, bool ownsProcess = false)
    {
        var root = ArchiveLocator.Find(line.Source, error);
        if (root is null)
        {
            return ExitCodes.ContentErrors;
        }

        var target = line.Output is null ? Path.Combine(root, "public") : Path.GetFullPath(line.Output);
        if (ownsProcess && IncrementalProcess.LastManifest(root, target, line.Clean) is { } lastManifest)
        {
            IncrementalProcess.Prepare(lastManifest);
        }

        var report = ArchiveBuild.Run(new BuildOptions(root, target, IncludeDrafts: line.Drafts, Clean: line.Clean));
        ReportPrinter.Print(report, line.Verbose, output, error, ownsProcess ? CollectorUse.OfThisProcess() : null);
        if (!report.Succeeded)
        {
            error.WriteLine($"build failed; {ArchivePaths.Relative(Directory.GetCurrentDirectory(), target)} was left as it was");
            return ExitCodes.ContentErrors;
        }

        foreach (var note in report.Notes ?? [])
        {
            output.WriteLine($"note: {note}");
        }

        output.WriteLine(Summary(report, target));
        return ExitCodes.Success;
    }

    /// <summary>The line a successful build ends with: what it rendered and wrote, or that the output was up to date.</summary>
    internal static string Summary(BuildReport report, string target)
    {
        static string Count(int n, string what) => string.Create(CultureInfo.InvariantCulture, $"{n} {what}{(n == 1 ? "" : "s")}");
        var seconds = report.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture);
        return report.PagesRendered == 0 && report.FilesWritten == 0
            ? $"{target} is up to date ({Count(report.FilesKept, "file")} unchanged), checked in {seconds} s"
            : $"Built {Count(report.PagesRendered, "page")} ({Count(report.FilesWritten, "file")} written, {report.FilesKept} unchanged) into {target} in {seconds} s";
    }
}
