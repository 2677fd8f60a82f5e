using System.Text;

namespace Archive.Loading;

/// <summary>
/// Reads what a <see cref="BinaryWriter"/> wrote (7-bit encoded integers, length-prefixed UTF-8 strings, bytes and
/// booleans) straight from bytes in memory. A <see cref="BinaryReader"/> over a stream, made for each of an archive's
/// 10,000 cached interviews, set up its buffers for each and decoded every text longer than 128 bytes through a
/// string builder. Bytes that end before a field does (a damaged cache) are refused with a
/// <see cref="FormatException"/>, as a number that does not end is.
/// </summary>
internal ref struct EncodedReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _at;

    /// <summary>Whether every byte was read: an entry read to its end and no further was read as it was written.</summary>
    public readonly bool AtEnd => _at == _bytes.Length;

    public byte ReadByte() => _at < _bytes.Length ? _bytes[_at++] : throw EndsEarly();

    public bool ReadBoolean() => ReadByte() != 0;

    public int Read7BitEncodedInt()
    {
        var value = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var next = ReadByte();
            value |= (uint)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return (int)value;
            }
        }

        throw new FormatException("a number in the cache takes more than five bytes");
    }

    public string ReadString() => Encoding.UTF8.GetString(Utf8());

    /// <summary>A string as <paramref name="pool"/> holds it: a name the pool has already is not made again.</summary>
    public string ReadString(NamePool pool)
    {
        var utf8 = Utf8();
        if (utf8.Length > 256)
        {
            return pool.Of(Encoding.UTF8.GetString(utf8));
        }

        Span<char> chars = stackalloc char[256];
        return pool.Of(chars[..Encoding.UTF8.GetChars(utf8, chars)]);
    }

    private ReadOnlySpan<byte> Utf8()
    {
        var length = Read7BitEncodedInt();
        if ((uint)length > (uint)(_bytes.Length - _at))
        {
            throw EndsEarly();
        }

        var text = _bytes.Slice(_at, length);
        _at += length;
        return text;
    }

    private static FormatException EndsEarly() => new("the cached bytes end before the field does");
}
