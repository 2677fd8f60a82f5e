namespace Archive.Cli;

/// <summary>Every command of the tool with its options: the one place to add a command or an option.</summary>
internal static class CommandSpecs
{
    public static readonly OptionSpec Source = new("--source", "<folder>", "The archive folder (holding archive.yml). Default: the nearest one at or above the current folder.");
    public static readonly OptionSpec Output = new("--output", "<folder>", "Where the site is written. Default: <archive>/public.");
    public static readonly OptionSpec Drafts = new("--drafts", null, "Include interviews marked 'draft: true', for preview.");
    public static readonly OptionSpec Clean = new("--clean", null, "Ignore the build cache: render every page and replace the whole output.");
    public static readonly OptionSpec Port = new("--port", "<number>", "The port to serve on; 0 picks a free one. Default: 8080.");
    public static readonly OptionSpec Host = new("--host", "<address>", "The IP address to listen on. Default: 127.0.0.1, this machine only.");
    public static readonly OptionSpec Verbose = new("--verbose", null, "Also print how long each step took, whether the templates ran compiled, and details of unexpected failures.");
    public static readonly OptionSpec Slug = new("--slug", "<slug>", "The interview's address. Default: the interviewee's name and words of the title.");
    public static readonly OptionSpec Help = new("--help", null, "Show this help.");

    public static readonly IReadOnlyList<CommandSpec> All =
    [
        new("build", null, "Build the archive into a static website; the previous output stays as it was if there is any error.",
            [Source, Output, Drafts, Clean, Verbose, Help]),
        new("check", null, "Check the whole archive and report every problem, writing nothing.",
            [Source, Drafts, Verbose, Help]),
        new("serve", null, "Build the archive into a temporary folder and serve it; rebuild on every change and reload open pages.",
            [Source, Port, Host, Drafts, Verbose, Help]),
        new("inspect", "<slug>", "Show how an interview's text was read: each paragraph's number, role, speaker and first words.",
            [Source, Verbose, Help]),
        new("new", "<text-file>", "Add an interview: copy its text into seeds/ and draft its metadata from the text, for the editor to complete.",
            [Source, Slug, Verbose, Help]),
        new("init", "<folder>", "Create a new archive in an empty folder: settings, templates and one example interview, ready to build.",
            [Verbose, Help]),
    ];

    public static CommandSpec? Find(string name) => All.FirstOrDefault(c => c.Name == name);

    /// <summary>What <c>archive --help</c> prints.</summary>
    public static string Usage =>
        string.Join('\n', [
            "Usage: archive <command> [options]",
            "",
            "Commands:",
            .. All.Select(c => $"  {$"{c.Name}{(c.ArgumentName is null ? "" : $" {c.ArgumentName}")}",-20} {c.Summary}"),
            "",
            "Run 'archive <command> --help' for a command's options; 'archive --version' shows the tool's version.",
        ]);
}
