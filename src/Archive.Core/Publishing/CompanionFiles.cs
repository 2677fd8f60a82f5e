using Archive.Modeling;
using Archive.Writing;

namespace Archive.Publishing;

/// <summary>
/// What the site publishes besides its pages, once per build: the open data set, robots.txt and, when base_url gives the site an address, feeds and the sitemap.
/// </summary>
public static class CompanionFiles
{
    /// <summary>The files about the whole site. Returns a note for the editor when feeds and sitemap were left out.</summary>
    public static string? ForSite(IPageSink sink, SiteModel model, OpenDataSpool documents)
    {
        OpenData.WriteCombined(sink, model.Interviews, documents);
        OpenData.WriteCsv(sink, model.Interviews);
        OpenData.WritePeople(sink, model.People);
        OpenData.WriteTopics(sink, model.Topics);

        var address = new SiteAddress(model.Config.BaseUrl);
        sink.Write("robots.txt", Sitemap.Robots(address));
        if (!address.IsKnown)
        {
            return "feeds and sitemap.xml were not written: they need absolute addresses; set base_url in archive.yml";
        }

        foreach (var (path, xml) in Sitemap.Files(model.Pages.Where(p => p is not NotFoundPage), address))
        {
            sink.Write(path, xml);
        }

        sink.Write(AtomFeed.FileName, AtomFeed.Write(model.Config.Title, AtomFeed.FileName, "index.html", model.Interviews, address));
        foreach (var topic in model.Topics)
        {
            sink.Write($"{SiteModelBuilder.TopicsFolder}/{topic.Slug}/{AtomFeed.FileName}",
                AtomFeed.Write($"{topic.Name} – {model.Config.Title}", $"{SiteModelBuilder.TopicsFolder}/{topic.Slug}/{AtomFeed.FileName}", topic.Url, topic.Interviews, address));
        }

        foreach (var person in model.People)
        {
            var interviews = person.Given.Concat(person.Conducted).Concat(person.MentionedIn).Distinct()
                .OrderByDescending(i => i.Date).ThenBy(i => i.Slug, StringComparer.Ordinal).ToList();
            sink.Write($"{SiteModelBuilder.PeopleFolder}/{person.Slug}/{AtomFeed.FileName}",
                AtomFeed.Write($"{person.Name} – {model.Config.Title}", $"{SiteModelBuilder.PeopleFolder}/{person.Slug}/{AtomFeed.FileName}", person.Url, interviews, address));
        }

        return null;
    }
}
