using System.Globalization;
using System.Security.Cryptography;
using Archive.Cli.Commands;

namespace Archive.Cli.Serving;

/// <summary>
/// Builds the archive into the folder not being served, serves it when it succeeded, prints one line per build (and
/// its problems on standard error, as <c>build</c> does) and tells open tabs. Called by one caller at a time.
/// </summary>
internal sealed class PreviewBuilder
{
    private readonly ServeOptions _options;
    private readonly SiteFolders _folders;
    private readonly TextWriter _output;
    private readonly TextWriter _error;

    // Ids differ between runs of the server too, so a tab left open across a restart reloads.
    private readonly string _run = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    private int _builds;
    private bool _served;

    public PreviewBuilder(ServeOptions options, SiteFolders folders, TextWriter output, TextWriter error)
    {
        (_options, _folders, _output, _error) = (options, folders, output, error);
        Events = new BuildEvents(new BuildState($"{_run}-0", []));
    }

    public BuildEvents Events { get; }

    /// <summary>Builds once; <paramref name="changed"/> names the files that caused it (none for the first build).</summary>
    public void Build(IReadOnlyList<string> changed)
    {
        var id = $"{_run}-{++_builds}";
        var first = _builds == 1;
        var cause = Cause(changed);

        BuildReport report;
        try
        {
            report = ArchiveBuild.Run(new BuildOptions(_options.Root, _folders.Next, IncludeDrafts: _options.IncludeDrafts));
        }
        catch (Exception e)
        {
            // The disk or the tool failed, not the archive: the last good build stays served and the next change tries again.
            var line = $"error: the build stopped unexpectedly: {e.Message}";
            _error.WriteLine(_options.Verbose ? $"{line}\n{e}" : line);
            _output.WriteLine($"Build failed{cause}; {StillServing()}");
            Events.Publish(new BuildState(id, [line]));
            return;
        }

        ReportPrinter.Print(report, _options.Verbose, _output, _error);
        if (!report.Succeeded)
        {
            _output.WriteLine($"Build failed with {report.ErrorCount} error(s){cause}; {StillServing()}");
            Events.Publish(new BuildState(id, ReportPrinter.Problems(report)));
            return;
        }

        foreach (var note in _served ? [] : report.Notes ?? [])
        {
            // Once is enough: the same note after every save would drown the line that matters.
            _output.WriteLine($"note: {note}");
        }

        _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(first ? "Built" : "Rebuilt")} {report.PagesRendered} pages ({report.FilesWritten} files) in {report.Elapsed.TotalSeconds:F2} s{cause}"));

        // Served only after the line is printed, so whoever sees the new pages can already read how they came about.
        _served = true;
        _folders.Promote();
        Events.Publish(new BuildState(id, []));
    }

    /// <summary>
    /// Names the files that changed, preferring those that still exist: an editor's save often passes through a
    /// temporary file, which is no news to the person who saved.
    /// </summary>
    private string Cause(IReadOnlyList<string> changed)
    {
        var named = changed.Where(p => p.Length > 0).ToList();
        var existing = named.Where(p => Path.Exists(Path.Combine(_options.Root, p))).ToList();
        named = existing.Count > 0 ? existing : named;
        return named.Count switch
        {
            0 => changed.Count > 0 ? " after changes" : "",
            1 => $" after a change to {named[0]}",
            _ => $" after changes to {named[0]} and {named.Count - 1} more",
        };
    }

    private string StillServing() =>
        !_served ? "pages show the errors until they are fixed" : "serving the last good build until the errors are fixed";
}
