using Archive.Search;

namespace Archive.Tests.Search;

public class TermTallyTests
{
    /// <summary>A stand-in for the index: numbers each new term and counts how often it was asked.</summary>
    private sealed class Index
    {
        private readonly Dictionary<string, Postings> _terms = new(StringComparer.Ordinal);

        public int Asked { get; private set; }

        public Postings Find(ReadOnlySpan<char> term)
        {
            Asked++;
            var text = term.ToString();
            return _terms.TryGetValue(text, out var known) ? known : _terms[text] = new Postings(_terms.Count, text, int.MaxValue);
        }
    }

    private static TermCount[] Tally(TermTally tally, params (string Text, int Bit)[] parts)
    {
        foreach (var (text, bit) in parts)
        {
            tally.InExchange(bit);
            SearchTerms.Each(text, tally.Word);
        }

        return tally.Take((_, _, _) => { });
    }

    [Fact]
    public void Each_term_comes_once_in_the_order_first_met_with_its_exchanges_and_count()
    {
        var index = new Index();
        var tally = new TermTally(index.Find);

        var counted = Tally(tally, ("Krieg und Frieden", 1), ("Frieden, Frieden", 2), ("und Krieg", 8));

        Assert.Equal([new TermCount(0, 1 | 8, 2), new TermCount(1, 1 | 8, 2), new TermCount(2, 1 | 2, 3)], counted);
    }

    [Fact]
    public void The_next_interview_starts_from_nothing_and_known_terms_are_not_asked_for_again()
    {
        var index = new Index();
        var tally = new TermTally(index.Find);
        Tally(tally, ("Krieg und Frieden", 1));
        var asked = index.Asked;

        var counted = Tally(tally, ("Frieden", 4));

        Assert.Equal([new TermCount(2, 4, 1)], counted);
        Assert.Equal(asked, index.Asked);
    }

    [Fact]
    public void Starting_afresh_drops_what_an_interrupted_interview_left()
    {
        var tally = new TermTally(new Index().Find);
        tally.InExchange(1);
        SearchTerms.Each("Krieg", tally.Word);

        tally.Start();
        var counted = Tally(tally, ("Frieden", 2));

        Assert.Equal([new TermCount(1, 2, 1)], counted);
    }

    [Fact]
    public void Terms_numbered_beyond_the_first_arrays_are_counted_and_handed_to_their_postings()
    {
        var index = new Index();
        var tally = new TermTally(index.Find);
        var words = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"w{i}"));
        var handed = new List<(string, int, int)>();

        tally.InExchange(1);
        SearchTerms.Each(words + " w2999", tally.Word);
        var counted = tally.Take((postings, mask, count) => handed.Add((postings.Term, mask, count)));

        Assert.Equal(3000, counted.Length);
        Assert.Equal(new TermCount(2999, 1, 2), counted[^1]);
        Assert.Equal(("w2999", 1, 2), handed[^1]);
    }

    [Fact]
    public void Terms_met_before_the_table_grew_are_found_again_without_asking_the_index()
    {
        var index = new Index();
        var tally = new TermTally(index.Find);
        var words = Enumerable.Range(0, 10_000).Select(i => $"wort{i}").ToArray();
        Tally(tally, (string.Join(' ', words), 1));
        var asked = index.Asked;

        var counted = Tally(tally, (string.Join(' ', words.Reverse()), 2), ("wort0 wort9999", 4));

        Assert.Equal(asked, index.Asked);
        Assert.Equal(10_000, counted.Length);
        Assert.Equal(new TermCount(9999, 2 | 4, 2), counted[0]);
        Assert.Equal(new TermCount(0, 2 | 4, 2), counted[^1]);
        Assert.All(counted[1..^1], c => Assert.Equal((2, 1), (c.Mask, c.Count)));
    }
}
