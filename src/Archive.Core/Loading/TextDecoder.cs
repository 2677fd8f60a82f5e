using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Archive.Diagnostics;

namespace Archive.Loading;

/// <summary>
/// Turns the bytes of the archive's text files (seeds, metadata, settings, people, topics, pages) into text. They should
/// be UTF-8 (a BOM is fine). Windows editors also save UTF-16 with a byte order mark (Notepad's "Unicode"), which is
/// read as such; and German archives hold Windows-1252 files ("ANSI"), which are read as such with a warning at their
/// first character that is not UTF-8, rather than shown as mojibake or with that character replaced.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly UnicodeEncoding StrictUtf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);

    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    private static readonly Encoding Windows1252 = LoadWindows1252();

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    /// <summary>The text without BOM, and where it had to be read as Windows-1252, if it had to.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        // A UTF-16 mark is only trusted when the rest is UTF-16 through and through; otherwise the two bytes were
        // Windows-1252 text ("ÿþ") after all, and the file is read as below.
        if (Utf16(bytes) is { } text)
        {
            return new DecodedText(text, null);
        }

        var body = bytes.StartsWith(Utf8Bom) ? bytes[3..] : bytes;
        try
        {
            return new DecodedText(StrictUtf8.GetString(body), null); // checked as it is decoded: one pass over a seed
        }
        catch (DecoderFallbackException)
        {
            return new DecodedText(Windows1252.GetString(body), PositionOf(body, FirstInvalidUtf8(body)));
        }
    }

    /// <summary>
    /// The text of the file at <paramref name="relativePath"/> below <paramref name="root"/>, with a warning when it
    /// had to be read as Windows-1252.
    /// </summary>
    public static string Read(string root, string relativePath, DiagnosticBag diagnostics)
    {
        var decoded = Decode(File.ReadAllBytes(Path.Combine(root, relativePath)));
        Warn(decoded, relativePath, diagnostics);
        return decoded.Text;
    }

    /// <summary>Says, when it was, that the text of <paramref name="relativePath"/> was read as Windows-1252, and from where.</summary>
    public static void Warn(DecodedText decoded, string relativePath, DiagnosticBag diagnostics)
    {
        if (decoded.Windows1252From is var (line, column))
        {
            diagnostics.Warning(new SourceLocation(relativePath, line, column),
                "not valid UTF-8 from here on; read as Windows-1252 (save the file as UTF-8 to silence this)");
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

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        Span<char> scratch = stackalloc char[1024];
        for (var at = 0; ;)
        {
            var status = Utf8.ToUtf16(bytes[at..], scratch, out var read, out _, replaceInvalidSequences: false);
            at += read;
            if (status != OperationStatus.DestinationTooSmall)
            {
                return at; // invalid, or a sequence cut off at the end
            }
        }
    }

    /// <summary>Line and column of a byte of text read as Windows-1252, one character a byte.</summary>
    private static (int Line, int Column) PositionOf(ReadOnlySpan<byte> text, int at)
    {
        var before = text[..at];
        return (before.Count((byte)'\n') + 1, at - (before.LastIndexOf((byte)'\n') + 1) + 1);
    }

    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
