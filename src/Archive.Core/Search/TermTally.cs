using System.Numerics;
using System.Runtime.InteropServices;

namespace Archive.Search;

/// <summary>
/// The count of the terms of the interview being indexed, used by one thread at a time: for each term, the exchanges it
/// occurs in and how often. Terms are found first in the tally's own table (no locks, no shared cache lines), then in
/// the index's; masks and counts sit in arrays by term number, cleared term by term when the interview is done. Every
/// word of every interview passes through here, so the tally's table is its own: open addressing over the term's
/// characters, with each slot's hash beside it. A dictionary looked up by span hashed and compared each word through
/// its comparer's interface: about a third of the time spent indexing.
/// </summary>
internal sealed class TermTally
{
    private readonly Func<ReadOnlySpan<char>, Postings> _find;
    private readonly List<Postings> _touched = [];
    private Postings?[] _known = new Postings?[4096];
    private int[] _knownHashes = new int[4096];
    private int _knownCount;
    private int[] _masks = new int[1024];
    private int[] _counts = new int[1024];
    private int _bit;

    /// <param name="find">The index's postings of a term, numbering it when it is new to the archive.</param>
    public TermTally(Func<ReadOnlySpan<char>, Postings> find)
    {
        _find = find;
        Word = Count;
    }

    /// <summary>Counts one word (for <see cref="SearchTerms.Each"/>) in the exchange set by <see cref="InExchange"/>.</summary>
    public SearchTerms.TermAction Word { get; }

    public void InExchange(int bit) => _bit = bit;

    /// <summary>Starts an interview afresh, dropping whatever an interrupted one left behind.</summary>
    public void Start()
    {
        foreach (var postings in _touched)
        {
            (_masks[postings.Id], _counts[postings.Id]) = (0, 0);
        }

        _touched.Clear();
    }

    /// <summary>The interview's terms in the order they first occurred, each with its exchanges and count; then starts afresh.</summary>
    public TermCount[] Take(Action<Postings, int, int> each)
    {
        var counted = new TermCount[_touched.Count];
        for (var i = 0; i < counted.Length; i++)
        {
            var postings = _touched[i];
            var id = postings.Id;
            each(postings, _masks[id], _counts[id]);
            counted[i] = new TermCount(id, _masks[id], _counts[id]);
        }

        Start();
        return counted;
    }

    private void Count(ReadOnlySpan<char> term)
    {
        var postings = Known(term);
        var id = postings.Id;
        if (id >= _counts.Length)
        {
            var size = Math.Max(id + 1, _counts.Length * 2);
            Array.Resize(ref _masks, size);
            Array.Resize(ref _counts, size);
        }

        if (_counts[id]++ == 0)
        {
            _touched.Add(postings);
        }

        _masks[id] |= _bit;
    }

    /// <summary>The postings of <paramref name="term"/>, from the tally's table or, the first time it meets the term, the index's.</summary>
    private Postings Known(ReadOnlySpan<char> term)
    {
        var hash = Hash(term);
        var mask = _known.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var postings = _known[slot];
            if (postings is null)
            {
                postings = _find(term);
                (_known[slot], _knownHashes[slot]) = (postings, hash);
                if (++_knownCount * 2 > _known.Length)
                {
                    Grow();
                }

                return postings;
            }

            if (_knownHashes[slot] == hash && postings.Term.AsSpan().SequenceEqual(term))
            {
                return postings;
            }
        }
    }

    /// <summary>Twice the slots, each term moved to its place among them: the table stays at most half full.</summary>
    private void Grow()
    {
        var (known, hashes) = (_known, _knownHashes);
        (_known, _knownHashes) = (new Postings?[known.Length * 2], new int[known.Length * 2]);
        var mask = _known.Length - 1;
        for (var i = 0; i < known.Length; i++)
        {
            if (known[i] is { } postings)
            {
                var slot = hashes[i] & mask;
                while (_known[slot] is not null)
                {
                    slot = (slot + 1) & mask;
                }

                (_known[slot], _knownHashes[slot]) = (postings, hashes[i]);
            }
        }
    }

    /// <summary>A hash of the term's characters, four at a time; not positive-only, since only its low bits pick a slot.</summary>
    private static int Hash(ReadOnlySpan<char> term)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        var hash = (ulong)term.Length;
        var quads = MemoryMarshal.Cast<char, ulong>(term);
        foreach (var quad in quads)
        {
            hash = BitOperations.RotateLeft((hash ^ quad) * Multiplier, 29);
        }

        for (var i = quads.Length * 4; i < term.Length; i++)
        {
            hash = BitOperations.RotateLeft((hash ^ term[i]) * Multiplier, 29);
        }

        hash *= Multiplier;
        return (int)(hash >> 32);
    }
}
