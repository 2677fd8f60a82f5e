namespace Archive.Search;

/// <summary>
/// The interviews one term occurs in, packed as variable-length integers (the step from the interview added before,
/// exchange mask, count): three to six bytes a posting instead of a tuple's twelve plus a list's slack, which is most
/// of what indexing 100,000 interviews holds in memory. A term found in more interviews than <c>limit</c> is left out
/// of the index, so from then on only its count is kept: the commonest words, found in nearly every interview, would
/// otherwise hold most of the postings. Safe to add to from several threads.
/// </summary>
/// <remarks>
/// The bytes sit in blocks of at most <see cref="BlockSize"/>, never in one growing array: a frequent term's array
/// would pass the large object heap's threshold and leave a larger copy behind there at every doubling, garbage that
/// only a full collection frees (at 100,000 interviews, tens of megabytes of the peak).
/// </remarks>
public sealed class Postings(int id, string term, int limit)
{
    private const int MaxEncodedPosting = 15; // three values of at most five bytes each
    private const int BlockSize = 16 * 1024;

    // A spin lock is a field, not an object: a big archive has over 100,000 terms, and a Lock each was 4 MB. Adding a
    // posting takes a moment, so a thread that finds it taken waits only that long.
    private SpinLock _gate = new(enableThreadOwnerTracking: false);
    private byte[] _bytes = new byte[MaxEncodedPosting];
    private int _length;
    private List<(byte[] Bytes, int Length)>? _full;
    private int _lastDoc;

    /// <summary>The term's number in its index, kept from build to build by the build cache.</summary>
    public int Id => id;

    public string Term => term;

    public int Count { get; private set; }

    /// <summary>Found in more interviews than the limit: the postings are gone and the term is not indexed.</summary>
    public bool IsTooCommon => Count > limit;

    public void Add(int doc, int mask, int count)
    {
        var taken = false;
        try
        {
            _gate.Enter(ref taken);
            if (++Count > limit)
            {
                (_bytes, _length, _full) = ([], 0, null);
                return;
            }

            if (_length + MaxEncodedPosting > _bytes.Length)
            {
                if (_bytes.Length < BlockSize)
                {
                    Array.Resize(ref _bytes, Math.Min(BlockSize, Math.Max(_bytes.Length * 2, _length + MaxEncodedPosting)));
                }
                else
                {
                    (_full ??= []).Add((_bytes, _length));
                    (_bytes, _length) = (new byte[BlockSize], 0);
                }
            }

            // Pages finish nearly in archive order, so the step from the last interview is small, either way (zigzag).
            var step = doc - _lastDoc;
            _lastDoc = doc;
            _length = Encode(_bytes, Encode(_bytes, Encode(_bytes, _length, (uint)((step << 1) ^ (step >> 31))), (uint)mask), (uint)count);
        }
        finally
        {
            if (taken)
            {
                _gate.Exit(useMemoryBarrier: false);
            }
        }
    }

    /// <summary>
    /// Every posting, in the order of the interviews (they arrive in the order their pages finish), in
    /// <paramref name="buffer"/>, which is made larger when it is too small: one buffer serves every term of an index.
    /// </summary>
    public ReadOnlySpan<(int Doc, int Mask, int Count)> Sorted(ref (int Doc, int Mask, int Count)[]? buffer)
    {
        if (IsTooCommon)
        {
            throw new InvalidOperationException("a term found in more interviews than the limit keeps no postings");
        }

        if (buffer is null || buffer.Length < Count)
        {
            buffer = new (int, int, int)[Math.Max(Count, (buffer?.Length ?? 0) * 2)];
        }

        var postings = buffer.AsSpan(0, Count);
        var next = 0;
        var doc = 0;
        List<(byte[] Bytes, int Length)> blocks = [.. _full ?? [], (_bytes, _length)];
        foreach (var (bytes, length) in blocks)
        {
            for (var at = 0; at < length; next++)
            {
                var step = Decode(bytes, ref at);
                doc += (int)(step >> 1) ^ -(int)(step & 1);
                postings[next] = (doc, (int)Decode(bytes, ref at), (int)Decode(bytes, ref at));
            }
        }

        postings.Sort(static (a, b) => a.Doc.CompareTo(b.Doc));
        return postings;
    }

    private static int Encode(byte[] bytes, int at, uint value)
    {
        while (value >= 0x80)
        {
            bytes[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        bytes[at++] = (byte)value;
        return at;
    }

    private static uint Decode(byte[] bytes, ref int at)
    {
        uint value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
