using System.Text;
using Archive.Loading;

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
}
