using Archive.Scaffolding;

namespace Archive.Cli.Commands;

/// <summary><c>archive new &lt;text-file&gt;</c>: adds the text as a seed with drafted metadata, and tells the editor what is left to fill in.</summary>
internal static class NewCommand
{
    public static int Run(CommandLine line, TextWriter output, TextWriter error)
    {
        var root = ArchiveLocator.Find(line.Source, error);
        if (root is null)
        {
            return ExitCodes.ContentErrors;
        }

        var result = NewInterview.Add(root, line.Argument!, DateOnly.FromDateTime(DateTime.Now), line.Slug);
        if (result.Error is not null)
        {
            error.WriteLine($"error: {result.Error}");
            return ExitCodes.ContentErrors;
        }

        DraftReport.Print(result, line.Slug is not null, output);
        return ExitCodes.Success;
    }
}
