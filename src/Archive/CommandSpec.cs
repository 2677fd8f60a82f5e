namespace Archive.Cli;

/// <summary>An option a command accepts: a switch (<c>--drafts</c>) or, with a value name, one that takes a value (<c>--port &lt;number&gt;</c>).</summary>
internal sealed record OptionSpec(string Name, string? ValueName, string Help)
{
    public bool TakesValue => ValueName is not null;
}

/// <summary>A command as the parser checks it and the help describes it.</summary>
internal sealed record CommandSpec(string Name, string? ArgumentName, string Summary, IReadOnlyList<OptionSpec> Options)
{
    public OptionSpec? Option(string name) => Options.FirstOrDefault(o => o.Name == name);

    /// <summary>What <c>archive &lt;command&gt; --help</c> prints.</summary>
    public string Help
    {
        get
        {
            var lines = new List<string>
            {
                $"Usage: archive {Name}{(ArgumentName is null ? "" : $" {ArgumentName}")} [options]",
                "",
                Summary,
                "",
                "Options:",
            };
            lines.AddRange(Options.Select(o => $"  {$"{o.Name}{(o.TakesValue ? $" {o.ValueName}" : "")}",-20} {o.Help}"));
            return string.Join('\n', lines);
        }
    }
}
