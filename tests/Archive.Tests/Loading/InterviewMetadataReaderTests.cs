using System.Text;
using Archive.Diagnostics;
using Archive.Loading;
using Archive.Tests.Support;

namespace Archive.Tests.Loading;

public class InterviewMetadataReaderTests
{
    private const string Metadata = "title: \"Lächeln und Stillstand\"\ninterviewer: [Janis Peitsch]\n";

    public static TheoryData<string, byte[]> Encodings => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Metadata) },
        { "UTF-8 with a byte order mark", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Metadata)] },
        { "UTF-16 little-endian with a byte order mark", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Metadata)] },
        { "UTF-16 big-endian with a byte order mark", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Metadata)] },
        { "UTF-8 with a byte that is not UTF-8", [.. Encoding.UTF8.GetBytes("title: Gespr"), 0xE4, .. Encoding.UTF8.GetBytes("ch\n")] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_metadata_file_is_read_as_File_ReadAllText_reads_it(string encoding, byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"archive-metadata-{Guid.NewGuid():N}.yml");
        File.WriteAllBytes(path, bytes);
        try
        {
            Assert.True(File.ReadAllText(path) == InterviewMetadataReader.TextOf(bytes), encoding);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        Assert.Equal(Metadata, InterviewMetadataReader.TextOf([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Metadata)]));
    }

    [Fact]
    public void Names_are_read_composed_and_a_seed_by_its_file_name_as_written()
    {
        // A file name is bytes on this file system: a seed saved with a decomposed name is found by that name only.
        const string seed = "Gespra\u0308ch.txt";
        using var archive = new TempArchive()
            .AddInterview("a", interviewee: "Andre\u0301s Lo\u0301pez", topics: "[O\u0308lpreis]", extra: "mentions: [Jo\u0308rg]\n")
            .Write($"seeds/{seed}", "Frage: Wie geht es?\n\nAntwort: Gut.\n");
        File.WriteAllText(archive.PathOf("content/interviews/a.yml"), File.ReadAllText(archive.PathOf("content/interviews/a.yml")).Replace("seed: a.txt", $"seed: {seed}", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();

        var interview = InterviewMetadataReader.Read(archive.Root, archive.PathOf("content/interviews/a.yml"), "de", diagnostics, new NamePool())!;

        Assert.Empty(diagnostics.Sorted);
        Assert.Equal("seeds/" + seed, interview.SeedPath);
        Assert.Equal("Andrés López", Assert.Single(interview.Interviewees).Value);
        Assert.Equal("Ölpreis", Assert.Single(interview.Topics).Value);
        Assert.Equal("Jörg", Assert.Single(interview.Mentions).Value);
    }
}
