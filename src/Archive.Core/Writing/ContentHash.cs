using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;

namespace Archive.Writing;

/// <summary>
/// A 128-bit XxHash of a file's content or of a build's inputs, written as 32 hexadecimal digits.
/// </summary>
/// <remarks>
/// Two halves rather than a <see cref="UInt128"/>: ReadyToRun does not precompile a method that touches UInt128, so
/// every method handling hashes (keeping files, reading and writing the manifest, fingerprinting) was compiled again by
/// each build, which a rebuild after one edit feels.
/// </remarks>
public readonly record struct ContentHash(ulong High, ulong Low) : ISpanFormattable
{
    private const int Size = 16;
    private const int HalfDigits = 16;

    public static ContentHash Of(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[Size];
        XxHash128.Hash(content, hash);
        return From(hash);
    }

    /// <summary>The hash of everything appended to <paramref name="hasher"/> so far.</summary>
    public static ContentHash Of(XxHash128 hasher)
    {
        Span<byte> hash = stackalloc byte[Size];
        hasher.GetCurrentHash(hash);
        return From(hash);
    }

    public static ContentHash Parse(ReadOnlySpan<char> hex) => hex.Length == 2 * HalfDigits
        ? new ContentHash(
            ulong.Parse(hex[..HalfDigits], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
            ulong.Parse(hex[HalfDigits..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture))
        : throw new FormatException($"'{hex}' is not a hash of 32 hexadecimal digits");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{High:x16}{Low:x16}");

    /// <summary>The 32 digits written where they are wanted (a line of the manifest), without a string of their own.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        destination.TryWrite(CultureInfo.InvariantCulture, $"{High:x16}{Low:x16}", out charsWritten);

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    // XxHash128 writes its hash big-endian, the high half first.
    private static ContentHash From(ReadOnlySpan<byte> hash) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(hash), BinaryPrimitives.ReadUInt64BigEndian(hash[(Size / 2)..]));
}
