namespace Archive.Search;

/// <summary>
/// The interviews one term occurs in, packed as variable-length integers (interview position, exchange mask, count):
/// about six bytes a posting instead of a tuple's twelve plus a list's slack, which is most of what indexing 100,000
/// interviews holds in memory. A term found in more interviews than <c>limit</c> is left out of the index, so from
/// then on only its count is kept: the commonest words, found in nearly every interview, would otherwise hold most of
/// the postings. Safe to add to from several threads.
/// </summary>
public sealed class Postings(int id, string term, int limit)
{
    private const int MaxEncodedPosting = 15; // three values of at most five bytes each

    private readonly Lock _gate = new();
    private byte[] _bytes = new byte[MaxEncodedPosting];
    private int _length;

    /// <summary>The term's number in its index, kept from build to build by the build cache.</summary>
    public int Id => id;

    public string Term => term;

    public int Count { get; private set; }

    /// <summary>Found in more interviews than the limit: the postings are gone and the term is not indexed.</summary>
    public bool IsTooCommon => Count > limit;

    public void Add(int doc, int mask, int count)
    {
        lock (_gate)
        {
            if (++Count > limit)
            {
                _bytes = [];
                return;
            }

            if (_length + MaxEncodedPosting > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + MaxEncodedPosting));
            }

            _length = Encode(_bytes, Encode(_bytes, Encode(_bytes, _length, doc), mask), count);
        }
    }

    /// <summary>Every posting, in the order of the interviews (they arrive in the order their pages finish).</summary>
    public IReadOnlyList<(int Doc, int Mask, int Count)> Sorted()
    {
        if (IsTooCommon)
        {
            throw new InvalidOperationException("a term found in more interviews than the limit keeps no postings");
        }

        var postings = new (int Doc, int Mask, int Count)[Count];
        var at = 0;
        for (var i = 0; i < postings.Length; i++)
        {
            postings[i] = (Decode(_bytes, ref at), Decode(_bytes, ref at), Decode(_bytes, ref at));
        }

        Array.Sort(postings, (a, b) => a.Doc.CompareTo(b.Doc));
        return postings;
    }

    private static int Encode(byte[] bytes, int at, int value)
    {
        var rest = (uint)value;
        while (rest >= 0x80)
        {
            bytes[at++] = (byte)(rest | 0x80);
            rest >>= 7;
        }

        bytes[at++] = (byte)rest;
        return at;
    }

    private static int Decode(byte[] bytes, ref int at)
    {
        uint value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (int)value;
            }
        }
    }
}
