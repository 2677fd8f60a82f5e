using Archive.Modeling;
using Archive.Writing;

namespace Archive.Publishing;

/// <summary>
/// What the site publishes besides its pages, once per build: the open data set, robots.txt and, when base_url gives the site an address, feeds and the sitemap.
/// </summary>
public static class CompanionFiles
{
    /// <summary>The files about the whole site. Returns a note for the editor when feeds and sitemap were left out.</summary>
    /// <param name="kept">
    /// Whether a file made from settings and metadata alone is kept as the last build wrote it (neither changed, and
    /// the file is still on disk): every file here but the combined data file, which holds the interviews' text. After
    /// an edit of a seed, the table, the lists of people and topics and the feeds are not made again.
    /// </param>
    public static string? ForSite(IPageSink sink, SiteModel model, IOpenDataDocuments documents, Func<string, bool>? kept = null)
    {
        kept ??= static _ => false;
        documents.WriteCombined(sink, model.Interviews);
        if (!kept(OpenData.CsvFile))
        {
            OpenData.WriteCsv(sink, model.Interviews);
        }

        if (!kept(OpenData.PeopleFile))
        {
            OpenData.WritePeople(sink, model.People);
        }

        if (!kept(OpenData.TopicsFile))
        {
            OpenData.WriteTopics(sink, model.Topics);
        }

        var address = new SiteAddress(model.Config.BaseUrl);
        if (!kept(Sitemap.RobotsFile))
        {
            sink.Write(Sitemap.RobotsFile, Sitemap.Robots(address));
        }

        if (!address.IsKnown)
        {
            return "feeds and sitemap.xml were not written: they need absolute addresses; set base_url in archive.yml";
        }

        foreach (var (path, xml) in Sitemap.Files(model.Pages.Where(p => p is not NotFoundPage), address))
        {
            sink.Write(path, xml);
        }

        Feed(AtomFeed.FileName, model.Config.Title, "index.html", () => model.Interviews);
        foreach (var topic in model.Topics)
        {
            Feed($"{SiteModelBuilder.TopicsFolder}/{topic.Slug}/{AtomFeed.FileName}", $"{topic.Name} – {model.Config.Title}", topic.Url, () => topic.Interviews);
        }

        foreach (var person in model.People)
        {
            Feed($"{SiteModelBuilder.PeopleFolder}/{person.Slug}/{AtomFeed.FileName}", $"{person.Name} – {model.Config.Title}", person.Url, () =>
                person.Given.Concat(person.Conducted).Concat(person.MentionedIn).Distinct()
                    .OrderByDescending(i => i.Date).ThenBy(i => i.Slug, StringComparer.Ordinal).ToList());
        }

        return null;

        void Feed(string path, string title, string page, Func<IReadOnlyList<InterviewEntry>> interviews)
        {
            if (!kept(path))
            {
                sink.Write(path, AtomFeed.Write(title, path, page, interviews(), address));
            }
        }
    }
}
