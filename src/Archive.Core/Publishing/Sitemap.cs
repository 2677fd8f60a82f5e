using System.Text;
using System.Xml;
using Archive.Modeling;

namespace Archive.Publishing;

/// <summary>sitemap.xml (every page, absolute) and robots.txt, for search engines.</summary>
public static class Sitemap
{
    public static string Write(IEnumerable<SitePage> pages, SiteAddress address)
    {
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture), new XmlWriterSettings { Indent = true }))
        {
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var url in pages.Select(p => p.Url).Order(StringComparer.Ordinal))
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", address.Of(url));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return builder.Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"").Append('\n').ToString();
    }

    public static string Robots(SiteAddress address) =>
        address.IsKnown ? $"User-agent: *\nAllow: /\n\nSitemap: {address.Of("sitemap.xml")}\n" : "User-agent: *\nAllow: /\n";
}
