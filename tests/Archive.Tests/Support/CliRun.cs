using Archive.Cli;

namespace Archive.Tests.Support;

/// <summary>Runs the command line in process, as the tool would from a shell, and keeps what it printed.</summary>
internal static class CliRun
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
