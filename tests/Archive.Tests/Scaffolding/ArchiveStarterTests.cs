using Archive.Scaffolding;
using Archive.Tests.Support;

namespace Archive.Tests.Scaffolding;

public class ArchiveStarterTests
{
    private static string Starter => Path.Combine(Repository.Root, "src", "Archive", "Starter");

    private static string Templates => Path.Combine(Repository.Root, "templates");

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "archive-init-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_new_archive_passes_check_and_builds_with_every_link_resolving()
    {
        var folder = NewFolder();
        try
        {
            var (files, error) = ArchiveStarter.Create(folder, Starter, Templates);

            Assert.Null(error);
            Assert.Contains("archive.yml", files);
            Assert.Contains("content/pages/about.md", files);
            Assert.Contains("content/people.yml", files);
            Assert.Contains("content/topics.yml", files);
            var report = ArchiveBuild.Run(new BuildOptions(folder, Path.Combine(folder, "public")));
            Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
            Assert.Empty(report.Diagnostics);
            Assert.True(File.Exists(Path.Combine(folder, "public", "interviews", "how-a-seed-is-read", "index.html")));
            Assert.Empty(SiteLinks.Broken(Path.Combine(folder, "public")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_templates_are_identical_copies_of_the_projects()
    {
        var folder = NewFolder();
        try
        {
            ArchiveStarter.Create(folder, Starter, Templates);

            var expected = Directory.EnumerateFiles(Templates, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Templates, f)).Order().ToList();
            var copied = Directory.EnumerateFiles(Path.Combine(folder, "templates"), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Path.Combine(folder, "templates"), f)).Order().ToList();
            Assert.Equal(expected, copied);
            Assert.All(expected, f => Assert.Equal(File.ReadAllBytes(Path.Combine(Templates, f)), File.ReadAllBytes(Path.Combine(folder, "templates", f))));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_example_seed_reads_as_the_conversation_it_describes()
    {
        var seed = File.ReadAllText(Path.Combine(Starter, "seeds", "example-how-a-seed-is-read.txt"));

        var draft = MetadataDetector.Detect(seed, "example.txt", new DateOnly(2026, 11, 25), "en", new HashSet<string>());

        Assert.Equal(["Eda Editor"], draft.Interviewers.Value);
        Assert.Equal(["Sam Seed"], draft.Interviewees.Value);
        Assert.Equal("en", draft.Language.Value);
        Assert.Equal((7, 8), (draft.Questions, draft.Answers));
    }

    [Fact]
    public void A_folder_that_holds_anything_is_refused_untouched()
    {
        using var archive = new TempArchive();

        var (files, error) = ArchiveStarter.Create(archive.Root, Starter, Templates);

        Assert.Empty(files);
        Assert.Contains("is not empty", error, StringComparison.Ordinal);
        Assert.False(File.Exists(archive.PathOf("content/pages/about.md")));
    }
}
