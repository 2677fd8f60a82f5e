using System.Diagnostics;

namespace Archive.Tests.Support;

/// <summary>Runs the .NET SDK and the tool as separate processes, for the tests of what an editor installs.</summary>
internal static class ChildProcess
{
    /// <summary>The .NET installation running these tests: the runtime lives in &lt;root&gt;/shared/Microsoft.NETCore.App/&lt;version&gt;.</summary>
    public static string DotnetRoot => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

    /// <summary>The dotnet of that installation, so that the same SDK builds, packs and installs.</summary>
    public static string Dotnet()
    {
        var host = Path.Combine(DotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : "dotnet";
    }

    /// <summary>Runs a program to its end and returns its output; fails with everything it printed if it exits non-zero.</summary>
    public static string Succeeds(string program, params string[] args)
    {
        var (exit, output, error) = Run(program, args);
        Assert.True(exit == 0, $"{program} {string.Join(' ', args)}\n{output}\n{error}");
        return output;
    }

    /// <summary>Runs a program to its end: its exit code and what it printed to each stream.</summary>
    public static (int Exit, string Out, string Error) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // An installed tool's launcher looks for the runtime here; point it at the one running the tests.
        start.Environment["DOTNET_ROOT"] = DotnetRoot;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A guard against a hung child process, not a measure of speed.
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
