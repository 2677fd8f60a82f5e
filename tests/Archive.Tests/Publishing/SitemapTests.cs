using System.Xml.Linq;
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
}
