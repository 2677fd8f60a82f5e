using System.Diagnostics;

namespace Archive.BrowserTests.Support;

/// <summary>Runs a checker the tests rely on (Java's Nu Html Checker, Node's JSON-LD processor) and collects what it printed.</summary>
internal static class ExternalTool
{
    public static string TestFolder => Path.Combine(Repository.Root, "tests", "Archive.BrowserTests");

    public static async Task<(int Exit, string Output, string Error)> RunAsync(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TestFolder };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
