using Archive.Tests.Support;
using static Archive.Tests.Support.ChildProcess;

namespace Archive.Tests.Cli;

/// <summary>
/// The tool as published with the Standalone profile: compiled ahead of time and trimmed, it must build what the tool
/// as built for these tests builds, byte for byte. What the trimmer removes is found only at run time, when a template
/// reaches a view property or a Scriban function by name, so each case builds a real archive with the executable.
/// </summary>
public class StandalonePublishTests(StandalonePublishTests.Published tool) : IClassFixture<StandalonePublishTests.Published>
{
    [Fact]
    public void The_sample_archive_builds_to_the_same_bytes()
    {
        using var archive = TempArchive.OfSample();

        AssertSameSite(archive);
    }

    [Fact]
    public void Templates_calling_scribans_built_in_functions_build_to_the_same_bytes()
    {
        // Calls the compiled templates do not cover, so Scriban's interpreter renders the page and finds each function
        // by name among its built-ins.
        using var archive = TempArchive.OfSample();
        var home = archive.PathOf("templates/home.html");
        File.AppendAllText(home,
            """
            <p>{{ "abc" | string.upcase }} {{ [3, 1, 2] | array.sort | array.join "," }} {{ math.round 1.5 }}
            {{ "2020-01-02" | date.parse | date.to_string "%Y" }} {{ "a,b" | regex.split "," | array.size }}
            {{ object.keys { y: 2 } | array.join "" }} {{ "<hello>" | string.truncate 5 | html.escape }}</p>
            """);

        var (_, site) = AssertSameSite(archive);

        Assert.Contains("<p>ABC 1,2,3 2\n2020 2\ny &lt;h...</p>", File.ReadAllText(Path.Combine(site, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_archive_from_init_builds_to_the_same_bytes()
    {
        // init copies the starter archive and the templates from beside the executable.
        using var archive = new TempArchive(withTemplates: false);
        var created = Path.Combine(archive.Root, "neu");
        Succeeds(tool.Executable, "init", created);
        var library = Path.Combine(archive.Root, "out-library");
        var standalone = Path.Combine(archive.Root, "out-standalone");

        Succeeds(tool.Executable, "build", "--clean", "--source", created, "--output", standalone);
        var report = ArchiveBuild.Run(new BuildOptions(created, library, Clean: true));

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        AssertSameFiles(archive.Snapshot(library), archive.Snapshot(standalone));
    }

    [Fact]
    public void An_archive_with_an_error_is_reported_by_file_line_and_column_and_nothing_is_written()
    {
        using var archive = TempArchive.OfSample();
        var metadata = Directory.GetFiles(archive.PathOf("content/interviews"), "*.yml").Single();
        File.AppendAllText(metadata, "topics: [\n");
        var output = archive.PathOf("out-standalone");

        var (exit, printed, errors) = Run(tool.Executable, "build", "--source", archive.Root, "--output", output);

        Assert.Equal(1, exit);
        Assert.Matches(@"^content/interviews/[^:]+\.yml:\d+:\d+: error: ", errors);
        Assert.DoesNotContain("   at ", printed + errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    /// <summary>Builds the archive from scratch with the executable and with the library; both sites hold the same files.</summary>
    private (string Library, string Standalone) AssertSameSite(TempArchive archive)
    {
        var library = archive.PathOf("out-library");
        var standalone = archive.PathOf("out-standalone");
        var report = archive.BuildClean(library);
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Succeeds(tool.Executable, "build", "--clean", "--source", archive.Root, "--output", standalone);

        AssertSameFiles(archive.Snapshot(library), archive.Snapshot(standalone));
        return (library, standalone);
    }

    private static void AssertSameFiles(Dictionary<string, (byte[] Bytes, DateTime Modified)> expected, Dictionary<string, (byte[] Bytes, DateTime Modified)> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, file => Assert.True(file.Value.Bytes.AsSpan().SequenceEqual(actual[file.Key].Bytes), file.Key));
    }

    /// <summary>
    /// The executable, published once for the class into its own folder (with its own artifacts, so the repository's
    /// build output is left alone).
    /// </summary>
    public sealed class Published : IDisposable
    {
        private readonly string _work = Path.Combine(Path.GetTempPath(), "archive-standalone-" + Guid.NewGuid().ToString("N"));

        public Published()
        {
            var folder = Path.Combine(_work, "tool");
            Succeeds(Dotnet(), "publish", Path.Combine(Repository.Root, "src", "Archive"), "-p:PublishProfile=Standalone", "-o", folder,
                "--artifacts-path", Path.Combine(_work, "artifacts"));
            Executable = Path.Combine(folder, OperatingSystem.IsWindows() ? "archive.exe" : "archive");
        }

        public string Executable { get; }

        public void Dispose() => Directory.Delete(_work, recursive: true);
    }
}
