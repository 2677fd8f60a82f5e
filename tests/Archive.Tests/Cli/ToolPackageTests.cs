using System.Diagnostics;
using Archive.Tests.Support;

namespace Archive.Tests.Cli;

/// <summary>
/// The tool as an editor installs it: packed from the repository, installed from that package alone with
/// 'dotnet tool install', then run as a command on a new archive. Packs into its own artifacts folder, so the
/// repository's build output is left alone, and restores from the local package cache only, so it needs no network.
/// </summary>
public class ToolPackageTests
{
    private const string PackageId = "InterviewArchive";

    [Fact]
    public void The_packed_tool_installs_creates_an_archive_and_builds_it()
    {
        var work = Path.Combine(Path.GetTempPath(), "archive-tool-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var config = Path.Combine(work, "nuget.config");
            File.WriteAllText(config, "<configuration><packageSources><clear /></packageSources></configuration>");
            var packages = Path.Combine(work, "nupkg");
            var tools = Path.Combine(work, "tools");
            var site = Path.Combine(work, "site");

            Succeeds(Dotnet(), "pack", Path.Combine(Repository.Root, "src", "Archive"), "-c", "Release", "-o", packages,
                "--artifacts-path", Path.Combine(work, "artifacts"), $"-p:RestoreConfigFile={config}");
            Assert.Single(Directory.GetFiles(packages, $"{PackageId}.*.nupkg"));
            Succeeds(Dotnet(), "tool", "install", "--tool-path", tools, "--configfile", config, "--add-source", packages, PackageId);
            var archive = Path.Combine(tools, OperatingSystem.IsWindows() ? "archive.exe" : "archive");
            Succeeds(archive, "init", site);
            var built = Succeeds(archive, "build", "--source", site);

            Assert.Contains("Built ", built, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(site, "public", "index.html")));
            Assert.True(File.Exists(Path.Combine(site, "public", "interviews", "how-a-seed-is-read", "index.html")));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The .NET installation running these tests: the runtime lives in &lt;root&gt;/shared/Microsoft.NETCore.App/&lt;version&gt;.</summary>
    private static string DotnetRoot => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

    /// <summary>The dotnet of that installation, so that the same SDK packs and installs.</summary>
    private static string Dotnet()
    {
        var host = Path.Combine(DotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : "dotnet";
    }

    /// <summary>Runs a program to its end and returns its output; fails with everything it printed if it exits non-zero.</summary>
    private static string Succeeds(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The installed tool's launcher looks for the runtime here; point it at the one running the tests.
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
        var printed = $"{program} {string.Join(' ', args)}\n{output.Result}\n{error.Result}";
        Assert.True(process.ExitCode == 0, printed);
        return output.Result;
    }
}
