namespace Archive.Cli;

/// <summary>
/// The parsed command line: the command, the options given (a switch maps to null, an option with a value to its
/// value), the command's argument, and what was wrong with it if anything. <c>help</c> with an argument asks for that
/// command's help.
/// </summary>
internal sealed record CommandLine(string Command, IReadOnlyDictionary<string, string?> Options, string? Argument, string? Error)
{
    public string? Source => Value(CommandSpecs.Source.Name);

    public string? Output => Value(CommandSpecs.Output.Name);

    public string? Port => Value(CommandSpecs.Port.Name);

    public string? Host => Value(CommandSpecs.Host.Name);

    public bool Verbose => Has(CommandSpecs.Verbose.Name);

    public bool Drafts => Has(CommandSpecs.Drafts.Name);

    public bool Clean => Has(CommandSpecs.Clean.Name);

    public string? Slug => Value(CommandSpecs.Slug.Name);

    public bool Has(string option) => Options.ContainsKey(option);

    public string? Value(string option) => Options.GetValueOrDefault(option);

    /// <summary>The help that belongs with this line: the command's own, or the general usage.</summary>
    public string Usage => CommandSpecs.Find(Command == "help" ? Argument ?? "" : Command)?.Help ?? CommandSpecs.Usage;

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var none = new Dictionary<string, string?>();
        if (args.Count == 0)
        {
            return new CommandLine("help", none, null, "no command given");
        }

        switch (args[0])
        {
            case "--help" or "-h" or "help":
                return new CommandLine("help", none, args.Count > 1 ? args[1] : null, null);
            case "--version":
                return new CommandLine("version", none, null, null);
        }

        var spec = CommandSpecs.Find(args[0]);
        if (spec is null)
        {
            return new CommandLine(args[0], none, null, $"unknown command '{args[0]}'");
        }

        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? argument = null;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i] == "-v" ? CommandSpecs.Verbose.Name : args[i] == "-h" ? CommandSpecs.Help.Name : args[i];
            var option = spec.Option(arg);
            if (option == CommandSpecs.Help)
            {
                return new CommandLine("help", none, spec.Name, null);
            }

            if (option is null && !arg.StartsWith('-') && spec.ArgumentName is not null && argument is null)
            {
                argument = arg;
            }
            else if (option is null || (option.TakesValue && i + 1 >= args.Count))
            {
                return new CommandLine(spec.Name, options, argument, $"unknown or incomplete option '{arg}' for '{spec.Name}'");
            }
            else
            {
                options[option.Name] = option.TakesValue ? args[++i] : null;
            }
        }

        return spec.ArgumentName is not null && argument is null
            ? new CommandLine(spec.Name, options, null, $"{spec.Name} needs {spec.ArgumentName}")
            : new CommandLine(spec.Name, options, argument, null);
    }
}
