using Archive.Modeling;

namespace Archive.Tests.Modeling;

public class PaginationTests
{
    [Theory]
    [InlineData(0, 50, 1)]
    [InlineData(50, 50, 1)]
    [InlineData(51, 50, 2)]
    [InlineData(101, 50, 3)]
    public void Counts_pages_with_at_least_one(int items, int size, int pages) =>
        Assert.Equal(pages, Pagination.Split(Enumerable.Range(0, items).ToList(), size, "topics").Count);

    [Fact]
    public void Every_item_lands_on_exactly_one_page_in_order()
    {
        var items = Enumerable.Range(1, 7).ToList();
        var pages = Pagination.Split(items, 3, "interviews");

        Assert.Equal(items, pages.SelectMany(p => p.Items));
        Assert.Equal(["interviews/index.html", "interviews/page/2/index.html", "interviews/page/3/index.html"], pages.Select(p => p.Links.Url));
    }

    [Fact]
    public void The_site_root_list_pages_below_it() =>
        Assert.Equal("page/2/index.html", PageLinks.UrlOf(string.Empty, 2));
}
