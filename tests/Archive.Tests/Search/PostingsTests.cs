using Archive.Search;

namespace Archive.Tests.Search;

public class PostingsTests
{
    [Fact]
    public void Postings_come_back_in_interview_order_with_values_of_every_size_intact()
    {
        var postings = new Postings(0, "wort", int.MaxValue);
        (int Doc, int Mask, int Count)[] added = [(300_000, 1 << 30, 1), (0, 1, 127), (128, 0x7FFF_FFFF, 128), (5, 6, 70_000)];
        foreach (var (doc, mask, count) in added)
        {
            postings.Add(doc, mask, count);
        }

        Assert.Equal(added.OrderBy(p => p.Doc), Sorted(postings));
        Assert.Equal(4, postings.Count);
    }

    [Fact]
    public void Postings_that_fill_many_blocks_come_back_whole_whatever_order_they_came_in()
    {
        // 60,000 postings of up to 15 bytes fill several 16 KB blocks; interviews far apart in both directions.
        var postings = new Postings(0, "wort", int.MaxValue);
        var docs = Enumerable.Range(0, 60_000).Select(n => n % 2 == 0 ? n : 1_000_000 - n).ToList();
        foreach (var doc in docs)
        {
            postings.Add(doc, doc | (1 << 30), doc % 1000);
        }

        Assert.Equal(docs.Order().Select(doc => (doc, doc | (1 << 30), doc % 1000)), Sorted(postings));
    }

    [Fact]
    public void Postings_added_from_several_threads_are_all_kept()
    {
        var postings = new Postings(0, "wort", int.MaxValue);

        Parallel.For(0, 10_000, doc => postings.Add(doc, doc % 7, 1 + (doc % 300)));

        Assert.Equal(Enumerable.Range(0, 10_000).Select(doc => (doc, doc % 7, 1 + (doc % 300))), Sorted(postings));
    }

    [Fact]
    public void A_term_found_in_more_interviews_than_the_limit_keeps_only_its_count()
    {
        var postings = new Postings(0, "wort", limit: 2);
        postings.Add(0, 1, 1);
        postings.Add(1, 1, 1);
        Assert.False(postings.IsTooCommon);
        Assert.Equal(2, Sorted(postings).Length);

        postings.Add(2, 1, 1);

        Assert.True(postings.IsTooCommon);
        Assert.Equal(3, postings.Count);
        Assert.Throws<InvalidOperationException>(() => Sorted(postings));
    }

    [Fact]
    public void One_buffer_serves_terms_of_every_size()
    {
        var small = new Postings(0, "klein", int.MaxValue);
        var large = new Postings(1, "groß", int.MaxValue);
        small.Add(3, 1, 1);
        foreach (var doc in Enumerable.Range(0, 100).Reverse())
        {
            large.Add(doc, 2, 1);
        }

        (int Doc, int Mask, int Count)[]? buffer = null;
        Assert.Equal([(3, 1, 1)], small.Sorted(ref buffer).ToArray());
        Assert.Equal(Enumerable.Range(0, 100).Select(doc => (doc, 2, 1)), large.Sorted(ref buffer).ToArray());
        Assert.Equal([(3, 1, 1)], small.Sorted(ref buffer).ToArray());
        Assert.True(buffer!.Length >= 100);
    }

    private static (int Doc, int Mask, int Count)[] Sorted(Postings postings)
    {
        (int Doc, int Mask, int Count)[]? buffer = null;
        return postings.Sorted(ref buffer).ToArray();
    }
}
