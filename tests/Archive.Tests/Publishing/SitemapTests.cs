using System.Xml.Linq;
using Archive.Modeling;
using Archive.Publishing;
using Archive.Tests.Support;

namespace Archive.Tests.Publishing;

public class SitemapTests
{
    [Fact]
    public void The_sitemap_lists_every_page_but_the_404_page_at_its_absolute_address()
    {
        using var archive = PublishedArchive.TwoInterviews();
        Assert.True(archive.Build().Succeeded);

        XNamespace map = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = XDocument.Load(archive.PathOf("public/sitemap.xml")).Root!.Elements(map + "url").Select(u => (string)u.Element(map + "loc")!).ToHashSet();
        var pages = Directory.GetFiles(archive.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => PublishedArchive.BaseUrl + Path.GetRelativePath(archive.Output, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Select(u => u.Replace("/./", "/", StringComparison.Ordinal))
            .ToHashSet();

        Assert.Equal(pages.Order(), listed.Order());
        Assert.DoesNotContain(listed, u => u.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public void Robots_txt_names_the_sitemap()
    {
        using var archive = PublishedArchive.TwoInterviews();
        archive.Build();

        Assert.Contains($"Sitemap: {PublishedArchive.BaseUrl}sitemap.xml", File.ReadAllText(archive.PathOf("public/robots.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_with_more_pages_than_one_sitemap_may_hold_gets_an_index_of_sitemaps()
    {
        var pages = Enumerable.Range(0, 5).Select(i => (SitePage)(new SearchPage() with { Url = $"p{i}/index.html" })).ToList();
        var address = new SiteAddress(PublishedArchive.BaseUrl);

        var files = Sitemap.Files(pages, address, perFile: 2).ToDictionary(f => f.Path, f => XDocument.Parse(f.Xml).Root!);

        XNamespace map = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Equal(["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(map + "sitemapindex", files["sitemap.xml"].Name);
        Assert.Equal(
            ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"],
            files["sitemap.xml"].Elements(map + "sitemap").Select(s => ((string)s.Element(map + "loc")!)[PublishedArchive.BaseUrl.Length..]));
        Assert.Equal(
            pages.Select(p => address.Of(p.Url)),
            files.Where(f => f.Key != "sitemap.xml").OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value.Elements(map + "url")).Select(u => (string)u.Element(map + "loc")!));
        Assert.Single(Sitemap.Files(pages, address, perFile: 5));
    }
}
