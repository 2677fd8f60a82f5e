using Archive.Cli;

namespace Archive.Tests.Cli;

public class CommandLineTests
{
    [Fact]
    public void Options_with_values_and_switches_are_read_by_their_names()
    {
        var line = CommandLine.Parse(["build", "--source", "site", "--drafts", "-v", "--output", "out"]);

        Assert.Null(line.Error);
        Assert.Equal(("build", "site", "out", true, true), (line.Command, line.Source, line.Output, line.Drafts, line.Verbose));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("inspect")]
    [InlineData("serve")]
    [InlineData("new")]
    public void Help_after_any_command_shows_that_commands_options(string command)
    {
        var line = CommandLine.Parse([command, "--help"]);

        Assert.Equal(("help", command, null), (line.Command, line.Argument, line.Error));
        Assert.StartsWith($"Usage: archive {command}", line.Usage, StringComparison.Ordinal);
        Assert.Contains("--source <folder>", line.Usage, StringComparison.Ordinal);
    }

    [Fact]
    public void General_help_lists_every_command()
    {
        var usage = CommandLine.Parse(["--help"]).Usage;

        Assert.All(CommandSpecs.All, spec => Assert.Contains($"  {spec.Name}", usage, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("unknown or incomplete option '--output' for 'check'", "check", "--output", "x")]
    [InlineData("unknown or incomplete option '--source' for 'build'", "build", "--source")]
    [InlineData("inspect needs <slug>", "inspect")]
    [InlineData("new needs <text-file>", "new", "--slug", "a")]
    [InlineData("init needs <folder>", "init")]
    [InlineData("unknown or incomplete option '--source' for 'init'", "init", "--source", "a", "b")]
    [InlineData("unknown or incomplete option 'b' for 'inspect'", "inspect", "a", "b")]
    [InlineData("unknown or incomplete option 'extra' for 'build'", "build", "extra")]
    [InlineData("unknown command 'publish'", "publish")]
    public void Wrong_usage_names_what_was_wrong(string expected, params string[] args)
    {
        Assert.Equal(expected, CommandLine.Parse(args).Error);
    }

    [Fact]
    public void Serve_reads_its_port_and_host()
    {
        var line = CommandLine.Parse(["serve", "--port", "8123", "--host", "0.0.0.0", "--drafts"]);

        Assert.Null(line.Error);
        Assert.Equal(("serve", "8123", "0.0.0.0", true), (line.Command, line.Port, line.Host, line.Drafts));
    }

    [Fact]
    public void Only_serve_takes_a_port()
    {
        Assert.Equal("unknown or incomplete option '--port' for 'build'", CommandLine.Parse(["build", "--port", "1"]).Error);
    }

    [Fact]
    public void New_reads_its_text_file_and_slug()
    {
        var line = CommandLine.Parse(["new", "interview.txt", "--slug", "ola-muster"]);

        Assert.Equal(("new", "interview.txt", "ola-muster", null), (line.Command, line.Argument, line.Slug, line.Error));
    }

    [Fact]
    public void The_argument_of_inspect_is_its_slug()
    {
        Assert.Equal("falko-ernst", CommandLine.Parse(["inspect", "--source", "s", "falko-ernst"]).Argument);
    }
}
