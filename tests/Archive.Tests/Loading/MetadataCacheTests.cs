using System.Text.Json;
using Archive.Diagnostics;
using Archive.Loading;
using Archive.Tests.Support;
using Archive.Writing;

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

    [Theory]
    [InlineData("cut short")]
    [InlineData("longer than written")]
    [InlineData("an unknown seed format")]
    public void A_damaged_cache_entry_is_parsed_again(string damage)
    {
        using var archive = ArchiveWithEverything();
        Load(archive);
        RewriteKeepingSizeAndTime(archive, "Alles, was geht", "Alles, was ging");

        DamageTheEntry(archive, encoded => damage switch
        {
            "cut short" => encoded[..(encoded.Length / 2)],
            "longer than written" => [.. encoded, 0],
            _ => WithSeedFormat(encoded, 0x7F),
        });
        var (content, diagnostics) = Load(archive);

        Assert.Empty(diagnostics);
        Assert.Equal("Alles, was ging", content!.Interviews.Single().Title);
    }

    /// <summary>
    /// Rewrites the cache file with its one entry's bytes changed, in the layout <see cref="MetadataCache"/> saves: a
    /// header, a stamp, the count, then per file its name, two file stamps and the entry's length and bytes.
    /// </summary>
    private static void DamageTheEntry(TempArchive archive, Func<byte[], byte[]> damage)
    {
        var path = BuildCache.MetadataPath(archive.Root);
        using var original = new BinaryReader(new MemoryStream(System.IO.File.ReadAllBytes(path)));
        using var damaged = new BinaryWriter(System.IO.File.Create(path));
        damaged.Write(original.ReadString());
        damaged.Write(original.ReadString());
        Assert.Equal(1, original.Read7BitEncodedInt());
        damaged.Write7BitEncodedInt(1);
        damaged.Write(original.ReadString());
        for (var i = 0; i < 4; i++)
        {
            damaged.Write(original.ReadInt64());
        }

        var entry = damage(original.ReadBytes(original.Read7BitEncodedInt()));
        damaged.Write7BitEncodedInt(entry.Length);
        damaged.Write(entry);
    }

    /// <summary>The entry with its seed's format, the byte after the location and the seed's path, set to <paramref name="format"/>.</summary>
    private static byte[] WithSeedFormat(byte[] encoded, byte format)
    {
        var reader = new EncodedReader(encoded);
        reader.Read7BitEncodedInt();
        reader.Read7BitEncodedInt();
        var seedPath = reader.ReadString();
        var at = 2 + 1 + System.Text.Encoding.UTF8.GetByteCount(seedPath); // line, column and the path's length fit a byte each here
        var changed = encoded.ToArray();
        changed[at] = format;
        return changed;
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
