using System.Text;

namespace Archive.Reading;

/// <summary>
/// Turns a seed's bytes into text. Seeds should be UTF-8 (a BOM is fine). Windows editors also save UTF-16 with a
/// byte order mark (Notepad's "Unicode"), which is read as such; German archives also hold Windows-1252 files, which
/// are read as such with a warning rather than shown as mojibake.
/// </summary>
public static class SeedDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly UnicodeEncoding StrictUtf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);

    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    private static readonly Encoding Windows1252 = LoadWindows1252();

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    /// <summary>The text without BOM, and whether it had to be read as Windows-1252.</summary>
    public static (string Text, bool WasWindows1252) Decode(ReadOnlySpan<byte> bytes)
    {
        // A UTF-16 mark is only trusted when the rest is UTF-16 through and through; otherwise the two bytes were
        // Windows-1252 text ("ÿþ") after all, and the file is read as below.
        if (Utf16(bytes) is { } text)
        {
            return (text, false);
        }

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

    private static string? Utf16(ReadOnlySpan<byte> bytes)
    {
        var encoding = bytes.StartsWith(Utf16LittleEndianBom) ? StrictUtf16LittleEndian
            : bytes.StartsWith(Utf16BigEndianBom) ? StrictUtf16BigEndian
            : null;
        if (encoding is null || bytes.Length % 2 != 0)
        {
            return null;
        }

        try
        {
            return encoding.GetString(bytes[2..]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
