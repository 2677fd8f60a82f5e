namespace Archive.Search;

/// <summary>
/// The count of the terms of the interview being indexed, used by one thread at a time: for each term, the exchanges it
/// occurs in and how often. Terms are found first in the tally's own table (no locks, no shared cache lines), then in
/// the index's; masks and counts sit in arrays by term number, cleared term by term when the interview is done. Every
/// word of every interview passes through here.
/// </summary>
internal sealed class TermTally
{
    private readonly Dictionary<string, Postings> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Postings>.AlternateLookup<ReadOnlySpan<char>> _knownOfSpan;
    private readonly Func<ReadOnlySpan<char>, Postings> _find;
    private readonly List<Postings> _touched = [];
    private int[] _masks = new int[1024];
    private int[] _counts = new int[1024];
    private int _bit;

    /// <param name="find">The index's postings of a term, numbering it when it is new to the archive.</param>
    public TermTally(Func<ReadOnlySpan<char>, Postings> find)
    {
        _find = find;
        _knownOfSpan = _known.GetAlternateLookup<ReadOnlySpan<char>>();
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
        if (!_knownOfSpan.TryGetValue(term, out var postings))
        {
            postings = _find(term);
            _known[postings.Term] = postings;
        }

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
}
