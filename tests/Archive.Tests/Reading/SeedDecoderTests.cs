using System.Text;
using Archive.Reading;

namespace Archive.Tests.Reading;

public class SeedDecoderTests
{
    [Fact]
    public void Utf8_with_or_without_bom_is_read_as_is()
    {
        var text = "Frage: Grüße aus Köln?";
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        Assert.Equal((text, false), SeedDecoder.Decode(Encoding.UTF8.GetBytes(text)));
        Assert.Equal((text, false), SeedDecoder.Decode(withBom));
    }

    [Fact]
    public void Invalid_utf8_is_read_as_windows_1252_and_says_so()
    {
        byte[] bytes = [0x47, 0x72, 0xFC, 0xDF, 0x65, 0x20, 0x84, 0x6A, 0x61, 0x93]; // "Grüße „ja“" in Windows-1252

        Assert.Equal(("Grüße „ja“", true), SeedDecoder.Decode(bytes));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Utf16_with_its_byte_order_mark_is_read_as_is(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var text = "Frage: Grüße aus Köln? 🙂\r\n\r\nAntwort: „Ja“.";
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

        Assert.Equal((text, false), SeedDecoder.Decode(bytes));
    }

    [Fact]
    public void A_utf16_mark_before_text_that_is_not_utf16_is_windows_1252()
    {
        byte[] bytes = [0xFF, 0xFE, 0x47, 0x72, 0xFC]; // "ÿþGrü" in Windows-1252: an odd count of bytes after the mark

        Assert.Equal(("ÿþGrü", true), SeedDecoder.Decode(bytes));
    }
}
