using System.Text.Json;
using Archive.Diagnostics;
using Archive.Loading;
using Archive.Tests.Support;

namespace Archive.Tests.Loading;

/// <summary>Loading through the build cache: unchanged metadata is not parsed again, and gives exactly what parsing gives.</summary>
public class MetadataCacheTests
{
    private const string File = "content/interviews/voll.yml";

    private static readonly string Everything =
        "seed: voll.md\ntitle: \"Alles, was geht\"\ndate: 2021-03-04\ninterviewer: [Jana Beispiel, Lu Test]\ninterviewee: Ola Muster\n" +
        "topics: [Arbeit, Migration]\nmentions: [Kim Probe]\nsource: Testradio\nurl: https://example.org/voll\nsummary: Ein Gespräch über alles.\n" +
        "language: en\nspeakers: { JB: Jana Beispiel, OM: Ola Muster }\nparagraphs: { 2: aside, 3: { role: answer, speaker: Ola Muster } }\n" +
        "draft: true\nembargo: 2020\n";

    private static TempArchive ArchiveWithEverything() =>
        new TempArchive()
            .Write("seeds/voll.md", "Ein Vorspann.\n\nJB: Wie geht es?\n\nOM: Gut.\n")
            .Write(File, Everything);

    private static (ArchiveContent? Content, IReadOnlyList<Diagnostic> Diagnostics) Load(TempArchive archive, CacheUse cache = CacheUse.Reuse)
    {
        var diagnostics = new DiagnosticBag();
        return (ArchiveLoader.Load(archive.Root, diagnostics, cache), diagnostics.Sorted);
    }

    [Fact]
    public void Metadata_taken_from_the_cache_is_what_parsing_the_file_gives()
    {
        using var archive = ArchiveWithEverything();
        var parsed = Load(archive, CacheUse.None).Content!.Interviews.Single();
        Load(archive);

        RewriteKeepingSizeAndTime(archive, "Alles, was geht", "Alles, was ging");
        var cached = Load(archive).Content!.Interviews.Single();

        Assert.Equal(JsonSerializer.Serialize(parsed), JsonSerializer.Serialize(cached));
        Assert.Equal("Alles, was geht", cached.Title); // the file was not parsed again
        Assert.Equal("Jana Beispiel", cached.Speakers["jb"]); // labels still match in any case
    }

    [Fact]
    public void A_metadata_file_that_changed_is_parsed_again()
    {
        using var archive = ArchiveWithEverything();
        Load(archive);

        archive.Write(File, Everything.Replace("Alles, was geht", "Das Neue", StringComparison.Ordinal));

        Assert.Equal("Das Neue", Load(archive).Content!.Interviews.Single().Title);
    }

    [Fact]
    public void A_seed_deleted_since_the_last_build_is_reported()
    {
        using var archive = ArchiveWithEverything();
        Load(archive);

        System.IO.File.Delete(archive.PathOf("seeds/voll.md"));
        var (content, diagnostics) = Load(archive);

        Assert.Empty(content!.Interviews);
        Assert.Contains(diagnostics, d => d.IsError && d.Location.Path == File && d.Message.Contains("does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_with_a_problem_is_reported_by_every_build()
    {
        using var archive = ArchiveWithEverything().Write("content/interviews/kaputt.yml", "seed: voll.md\ntitle: Ohne Datum\n");

        var first = Load(archive).Diagnostics;
        var second = Load(archive).Diagnostics;

        Assert.Contains(first, d => d.IsError && d.Location.Path == "content/interviews/kaputt.yml");
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("another site language")]
    [InlineData("a clean build")]
    public void Nothing_is_taken_from_the_cache_after(string change)
    {
        using var archive = ArchiveWithEverything();
        Load(archive);
        RewriteKeepingSizeAndTime(archive, "Alles, was geht", "Alles, was ging");

        if (change == "a clean build")
        {
            Assert.Equal("Alles, was ging", Load(archive, CacheUse.Refresh).Content!.Interviews.Single().Title);
        }
        else
        {
            archive.Write("archive.yml", TempArchive.MinimalConfig.Replace("language: de", "language: fr", StringComparison.Ordinal));
            Assert.Equal("Alles, was ging", Load(archive).Content!.Interviews.Single().Title);
        }
    }

    /// <summary>An edit the cache cannot see: same size, same modification time (as make and rsync would miss it too).</summary>
    private static void RewriteKeepingSizeAndTime(TempArchive archive, string from, string to)
    {
        var path = archive.PathOf(File);
        var time = System.IO.File.GetLastWriteTimeUtc(path);
        var text = System.IO.File.ReadAllText(path);
        Assert.Equal(from.Length, to.Length);
        System.IO.File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        System.IO.File.SetLastWriteTimeUtc(path, time);
    }
}
