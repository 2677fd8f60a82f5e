using System.Text;

namespace Archive.Writing;

/// <summary>
/// Text encoded as UTF-8 into a buffer the thread keeps, for writing it out at once. The buffer is sized by what the
/// text needs (not the three bytes a character that the shared array pool is asked for, in arrays every thread of the
/// pool would keep one of): a page is encoded without an allocation, and the buffers stay small.
/// </summary>
internal static class Utf8Text
{
    /// <summary>A buffer larger than this is not kept for the thread's next text.</summary>
    private const int KeptSize = 4 << 20;

    [ThreadStatic]
    private static byte[]? t_buffer;

    /// <summary>The text as UTF-8, valid until the thread encodes its next text.</summary>
    public static ReadOnlySpan<byte> Of(string text)
    {
        var buffer = Buffer(Encoding.UTF8.GetByteCount(text));
        return buffer.AsSpan(0, Encoding.UTF8.GetBytes(text, buffer));
    }

    /// <summary>The text in the builder's pieces as UTF-8, valid until the thread encodes its next text.</summary>
    public static ReadOnlySpan<byte> Of(StringBuilder text)
    {
        // Counted piece by piece, a surrogate pair split between two pieces counts six bytes instead of four: room enough.
        var needed = 0;
        foreach (var piece in text.GetChunks())
        {
            needed += Encoding.UTF8.GetByteCount(piece.Span);
        }

        var buffer = Buffer(needed);
        var encoder = Encoding.UTF8.GetEncoder(); // holds a surrogate pair split between two pieces
        var length = 0;
        foreach (var piece in text.GetChunks())
        {
            length += encoder.GetBytes(piece.Span, buffer.AsSpan(length), flush: false);
        }

        length += encoder.GetBytes([], buffer.AsSpan(length), flush: true);
        return buffer.AsSpan(0, length);
    }

    private static byte[] Buffer(int needed)
    {
        if (t_buffer is { } kept && kept.Length >= needed)
        {
            return kept;
        }

        var buffer = new byte[Math.Max(needed, Math.Min(KeptSize, (t_buffer?.Length ?? 16 * 1024) * 2))];
        if (buffer.Length <= KeptSize)
        {
            t_buffer = buffer;
        }

        return buffer;
    }
}
