using Archive.Tests.Support;
using static Archive.Tests.Support.ChildProcess;

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
}
