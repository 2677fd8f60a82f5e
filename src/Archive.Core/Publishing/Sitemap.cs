using System.Text;
using System.Xml;
using Archive.Modeling;

namespace Archive.Publishing;

/// <summary>
/// sitemap.xml (every page, absolute) and robots.txt, for search engines. The sitemap protocol allows 50,000 addresses
/// per file: a bigger site gets sitemap-1.xml, sitemap-2.xml, … and sitemap.xml becomes the index that lists them.
/// </summary>
public static class Sitemap
{
    public const string FileName = "sitemap.xml";
    public const string RobotsFile = "robots.txt";
    public const int MaxUrlsPerFile = 50_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The sitemap files, by their path in the output.</summary>
    public static IEnumerable<(string Path, string Xml)> Files(IEnumerable<SitePage> pages, SiteAddress address) =>
        Files(pages, address, MaxUrlsPerFile);

    internal static IEnumerable<(string Path, string Xml)> Files(IEnumerable<SitePage> pages, SiteAddress address, int perFile)
    {
        var urls = pages.Select(p => p.Url).Order(StringComparer.Ordinal).Select(url => address.Of(url)!).ToList();
        if (urls.Count <= perFile)
        {
            yield return (FileName, Document("urlset", "url", urls));
            yield break;
        }

        var parts = urls.Chunk(perFile).Select((chunk, i) => (Path: $"sitemap-{i + 1}.xml", Urls: chunk)).ToList();
        foreach (var (path, chunk) in parts)
        {
            yield return (path, Document("urlset", "url", chunk));
        }

        yield return (FileName, Document("sitemapindex", "sitemap", parts.Select(p => address.Of(p.Path)!)));
    }

    public static string Robots(SiteAddress address) =>
        address.IsKnown ? $"User-agent: *\nAllow: /\n\nSitemap: {address.Of(FileName)}\n" : "User-agent: *\nAllow: /\n";

    private static string Document(string root, string entry, IEnumerable<string> locations)
    {
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture), new XmlWriterSettings { Indent = true }))
        {
            writer.WriteStartElement(root, Namespace);
            foreach (var location in locations)
            {
                writer.WriteStartElement(entry);
                writer.WriteElementString("loc", location);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return builder.Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"").Append('\n').ToString();
    }
}
