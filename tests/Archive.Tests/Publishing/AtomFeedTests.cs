using System.Xml.Linq;
using Archive.Tests.Support;

namespace Archive.Tests.Publishing;

public class AtomFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly string[] RequiredInEntry = ["id", "title", "updated", "link"];

    [Fact]
    public void The_archive_each_topic_and_each_person_have_a_feed_newest_first_with_absolute_links()
    {
        using var archive = PublishedArchive.TwoInterviews();
        Assert.True(archive.Build().Succeeded);

        var whole = Feed(archive, "feed.xml");
        Assert.Equal(
            [$"{PublishedArchive.BaseUrl}interviews/neueres-gespraech/", $"{PublishedArchive.BaseUrl}interviews/aelteres-gespraech/"],
            whole.Elements(Atom + "entry").Select(e => (string?)e.Element(Atom + "link")?.Attribute("href")));
        Assert.Equal("2021-07-14T00:00:00Z", (string?)whole.Element(Atom + "updated"));
        Assert.Equal($"{PublishedArchive.BaseUrl}feed.xml", (string?)whole.Element(Atom + "id"));

        Assert.Equal(["Das ältere Gespräch"], Titles(Feed(archive, "topics/arbeit/feed.xml")));
        Assert.Equal(2, Titles(Feed(archive, "topics/migration/feed.xml")).Count);
        Assert.Equal(["Das neuere <Gespräch> & mehr"], Titles(Feed(archive, "people/kim-probe/feed.xml")));
        Assert.Equal(2, Titles(Feed(archive, "people/jana-beispiel/feed.xml")).Count);
    }

    [Fact]
    public void Every_entry_has_the_elements_atom_requires_and_names_its_people()
    {
        using var archive = PublishedArchive.TwoInterviews();
        archive.Build();

        var entry = Feed(archive, "feed.xml").Elements(Atom + "entry").First();

        Assert.All(RequiredInEntry, name => Assert.NotNull(entry.Element(Atom + name)));
        Assert.Equal("Jana Beispiel", (string?)entry.Element(Atom + "author")?.Element(Atom + "name"));
        Assert.Equal("Kim Probe", (string?)entry.Element(Atom + "contributor")?.Element(Atom + "name"));
    }

    [Fact]
    public void Without_a_base_url_no_feed_is_written_and_the_build_says_so_once()
    {
        using var archive = new TempArchive().AddInterview("a");

        var report = archive.Build();

        Assert.Empty(Directory.GetFiles(archive.Output, "feed.xml", SearchOption.AllDirectories));
        var note = Assert.Single(report.Notes ?? []);
        Assert.Contains("base_url", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_link_to_their_feed()
    {
        using var archive = PublishedArchive.TwoInterviews();
        archive.Build();

        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../../topics/migration/feed.xml\"", File.ReadAllText(archive.PathOf("public/topics/migration/index.html")), StringComparison.Ordinal);
    }

    private static XElement Feed(TempArchive archive, string path) => XDocument.Load(archive.PathOf($"public/{path}")).Root!;

    private static List<string?> Titles(XElement feed) =>
        [.. feed.Elements(Atom + "entry").Select(e => (string?)e.Element(Atom + "title"))];
}
