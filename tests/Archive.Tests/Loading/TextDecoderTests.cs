using System.Text;
using Archive.Diagnostics;
using Archive.Loading;

namespace Archive.Tests.Loading;

public class TextDecoderTests
{
    private const string Text = "Frage: Grüße aus Köln? 🙂\r\n\r\nAntwort: „Ja“.";

    public static TheoryData<string, byte[]> UnicodeEncodings => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Text) },
        { "UTF-8 with a byte order mark", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)] },
        { "UTF-16 little-endian with a byte order mark", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)] },
        { "UTF-16 big-endian with a byte order mark", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Text)] },
    };

    [Theory]
    [MemberData(nameof(UnicodeEncodings))]
    public void Unicode_text_is_read_as_is_without_its_byte_order_mark(string encoding, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);

        Assert.True(decoded.Text == Text, encoding);
        Assert.False(decoded.WasWindows1252, encoding);
    }

    [Fact]
    public void Invalid_utf8_is_read_as_windows_1252_from_its_first_byte_that_is_not_utf8()
    {
        byte[] bytes = [.. "Vorspann.\n\nFrage: Gr"u8, 0xFC, 0xDF, 0x65, 0x20, 0x84, 0x6A, 0x61, 0x93]; // "Grüße „ja“" in Windows-1252

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("Vorspann.\n\nFrage: Grüße „ja“", decoded.Text);
        Assert.Equal((3, 10), decoded.Windows1252From);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x47, 0x72, 0xFC }, "ÿþGrü")] // an odd count of bytes after the mark
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00 }, "ÿþ\0ØA\0")] // a surrogate without its pair
    public void A_utf16_mark_before_text_that_is_not_utf16_is_windows_1252(byte[] bytes, string text)
    {
        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(text, decoded.Text);
        Assert.Equal((1, 1), decoded.Windows1252From);
    }

    [Fact]
    public void A_utf8_sequence_cut_off_at_the_end_is_not_utf8()
    {
        Assert.Equal((1, 3), TextDecoder.Decode([.. "Gr"u8, 0xC3]).Windows1252From);
    }

    [Fact]
    public void Read_warns_at_the_first_byte_that_is_not_utf8_and_only_then()
    {
        var root = Directory.CreateTempSubdirectory("archive-text-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(root, "alt.txt"), [.. "Eins\nZwei: "u8, 0xE4]);
            File.WriteAllText(Path.Combine(root, "neu.txt"), "Eins\nZwei: ä");
            var diagnostics = new DiagnosticBag();

            Assert.Equal("Eins\nZwei: ä", TextDecoder.Read(root, "alt.txt", diagnostics));
            Assert.Equal("Eins\nZwei: ä", TextDecoder.Read(root, "neu.txt", diagnostics));

            var warning = Assert.Single(diagnostics.Sorted);
            Assert.Equal("alt.txt:2:7: warning: not valid UTF-8 from here on; read as Windows-1252 (save the file as UTF-8 to silence this)", warning.ToString());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
