namespace Archive.Cli;

/// <summary>The parsed command line: a command name, its options, and whether it made sense.</summary>
internal sealed record CommandLine(string Command, string? Source, string? Output, bool Verbose, string? Error, string? Argument = null, bool Drafts = false)
{
    public const string Usage = """
        Usage: archive <command> [options]

        Commands:
          build    Build the archive into a static website (default output: public/ in the archive folder).
          check    Check the whole archive and report every problem, writing nothing.
          inspect <slug>
                   Show how an interview's text was read: each paragraph's number, role, speaker and first words.

        Options:
          --source <folder>   The archive folder (holding archive.yml). Default: the nearest one at or above the current folder.
          --output <folder>   Where build writes the site. Default: <archive>/public.
          --drafts            build and check: include interviews marked 'draft: true', for preview.
          --verbose           Also print how long each step took, and details of unexpected failures.
          --help              Show this help.
          --version           Show the tool's version.
        """;

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return new CommandLine("help", null, null, false, "no command given");
        }

        var command = args[0] switch
        {
            "--help" or "-h" or "help" => "help",
            "--version" => "version",
            var other => other,
        };
        string? source = null;
        string? output = null;
        string? argument = null;
        var verbose = false;
        var drafts = false;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case var value when command == "inspect" && argument is null && !value.StartsWith('-'):
                    argument = value;
                    break;
                case "--source" when i + 1 < args.Count:
                    source = args[++i];
                    break;
                case "--output" when i + 1 < args.Count && command == "build":
                    output = args[++i];
                    break;
                case "--drafts" when command is "build" or "check":
                    drafts = true;
                    break;
                case "--verbose" or "-v":
                    verbose = true;
                    break;
                case "--help" or "-h":
                    return new CommandLine("help", null, null, false, null);
                default:
                    return new CommandLine(command, source, output, verbose, $"unknown or incomplete option '{args[i]}' for '{command}'");
            }
        }

        return command switch
        {
            "inspect" when argument is null => new CommandLine(command, source, output, verbose, "inspect needs the interview's slug"),
            "build" or "check" or "inspect" or "help" or "version" => new CommandLine(command, source, output, verbose, null, argument, drafts),
            _ => new CommandLine(command, source, output, verbose, $"unknown command '{command}'"),
        };
    }
}
