using Archive.Scaffolding;

namespace Archive.Cli.Commands;

/// <summary><c>archive init &lt;folder&gt;</c>: a new archive from the starter files and templates that ship next to the tool.</summary>
internal static class InitCommand
{
    /// <summary>Where the tool's own copies live: beside its assembly, in the build output and in the installed tool alike.</summary>
    public static string Starter => Path.Combine(AppContext.BaseDirectory, "Starter");

    public static string Templates => Path.Combine(AppContext.BaseDirectory, "templates");

    public static int Run(CommandLine line, TextWriter output, TextWriter error)
    {
        var folder = line.Argument!;
        var (files, problem) = ArchiveStarter.Create(folder, Starter, Templates);
        if (problem is not null)
        {
            error.WriteLine($"error: {problem}");
            return ExitCodes.ContentErrors;
        }

        output.WriteLine($"Created a new archive in {Path.GetFullPath(folder)} ({files.Count} files):");
        output.WriteLine("  archive.yml               the site's title and language");
        output.WriteLine("  content/                  interview metadata, people, topics and the about page");
        output.WriteLine("  seeds/                    the interview texts; one example explains how a seed is read");
        output.WriteLine("  templates/                the site's templates, interface text and stylesheet");
        output.WriteLine();
        output.WriteLine("Next:");
        var build = $"archive build --source {folder}";
        var add = $"archive new <text-file> --source {folder}";
        var width = Math.Max(build.Length, add.Length) + 3;
        output.WriteLine($"  {build.PadRight(width)}builds the site into {Path.Combine(folder, "public")}");
        output.WriteLine($"  {add.PadRight(width)}adds an interview: copies its text and drafts its metadata");
        return ExitCodes.Success;
    }
}
