using System.Text;

namespace Archive.Reading;

/// <summary>
/// Turns a seed's bytes into text. Seeds should be UTF-8 (a BOM is fine); German archives also hold Windows-1252 files,
/// which are read as such with a warning rather than shown as mojibake.
/// </summary>
public static class SeedDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding Windows1252 = LoadWindows1252();

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The text without BOM, and whether it had to be read as Windows-1252.</summary>
    public static (string Text, bool WasWindows1252) Decode(ReadOnlySpan<byte> bytes)
    {
        var body = bytes.StartsWith(Utf8Bom) ? bytes[3..] : bytes;
        try
        {
            return (StrictUtf8.GetString(body), false);
        }
        catch (DecoderFallbackException)
        {
            return (Windows1252.GetString(body), true);
        }
    }

    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
