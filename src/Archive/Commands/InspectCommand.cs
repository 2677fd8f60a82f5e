using Archive.Diagnostics;
using Archive.Loading;
using Archive.Reading;

namespace Archive.Cli.Commands;

/// <summary><c>archive inspect &lt;slug&gt;</c>: how the interview's text was read, so a misread paragraph can be corrected in its metadata.</summary>
internal static class InspectCommand
{
    public static int Run(CommandLine line, TextWriter output, TextWriter error)
    {
        var root = ArchiveLocator.Find(line.Source, error);
        if (root is null)
        {
            return ExitCodes.ContentErrors;
        }

        var diagnostics = new DiagnosticBag();
        var content = ArchiveLoader.Load(root, diagnostics);
        var interview = content?.Interviews.FirstOrDefault(i => i.Slug == line.Argument);
        if (interview is null)
        {
            foreach (var diagnostic in diagnostics.Sorted.Where(d => d.IsError))
            {
                error.WriteLine(diagnostic);
            }

            error.WriteLine($"error: no readable interview '{line.Argument}' in {ArchivePaths.Interviews}/");
            return ExitCodes.ContentErrors;
        }

        var transcript = InterviewTextReader.Read(root, interview, diagnostics);
        output.WriteLine($"{interview.SeedPath} ({interview.Slug})");
        output.Write(TranscriptListing.Format(transcript));
        foreach (var diagnostic in diagnostics.Sorted.Where(d => d.Location.Path == interview.SeedPath || d.Location == interview.Location))
        {
            error.WriteLine(diagnostic);
        }

        return ExitCodes.Success;
    }
}
