using System.Collections.Concurrent;
using System.Text;
using Archive.Modeling;
using Archive.Publishing;
using Archive.Tests.Support;
using Archive.Writing;

namespace Archive.Tests.Publishing;

public class CompanionFilesTests
{
    private static string[] Made(SiteModel model, Func<string, bool>? kept)
    {
        using var sink = new RecordingSink();
        using var documents = new OpenDataSpool(model.Interviews.Count);
        CompanionFiles.ForSite(sink, model, documents, kept);
        return [.. sink.Urls.Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void A_site_with_an_address_gets_its_data_files_robots_sitemap_and_a_feed_for_the_archive_each_topic_and_each_person()
    {
        using var archive = PublishedArchive.TwoInterviews();
        var model = archive.Model();

        var made = Made(model, kept: null);

        Assert.Equal((3, 2), (model.People.Count, model.Topics.Count));
        string[] expected =
        [
            OpenData.CsvFile, OpenData.CombinedFile, OpenData.PeopleFile, OpenData.TopicsFile, Sitemap.RobotsFile, Sitemap.FileName, AtomFeed.FileName,
            .. model.People.Select(p => $"{SiteModelBuilder.PeopleFolder}/{p.Slug}/{AtomFeed.FileName}"),
            .. model.Topics.Select(t => $"{SiteModelBuilder.TopicsFolder}/{t.Slug}/{AtomFeed.FileName}"),
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), made);
    }

    [Fact]
    public void Files_made_from_settings_and_metadata_alone_are_not_made_again_when_kept()
    {
        using var archive = PublishedArchive.TwoInterviews();
        var model = archive.Model();
        var asked = new ConcurrentBag<string>();

        var made = Made(model, url =>
        {
            asked.Add(url);
            return true;
        });

        Assert.DoesNotContain(OpenData.CombinedFile, asked); // it holds the interviews' text: always made
        Assert.Equal(Made(model, kept: null).Except([OpenData.CombinedFile, Sitemap.FileName]), asked.Order(StringComparer.Ordinal));
        Assert.Equal([OpenData.CombinedFile, Sitemap.FileName], made);
    }

    /// <summary>Records which files were made, and keeps nothing.</summary>
    private sealed class RecordingSink : IPageSink
    {
        private readonly ConcurrentBag<string> _urls = [];

        public IEnumerable<string> Urls => _urls;

        public int FilesWritten => _urls.Count;

        public int FilesKept => 0;

        public IReadOnlyDictionary<string, OutputFile> Files { get; } = new Dictionary<string, OutputFile>();

        public void Write(string url, ReadOnlySpan<byte> content) => _urls.Add(url);

        public Stream Create(string url)
        {
            _urls.Add(url);
            return new MemoryStream();
        }

        public void Copy(string sourceFile, string url) => _urls.Add(url);

        public bool Keep(string url) => false;

        public void Commit()
        {
        }

        public void Dispose()
        {
        }
    }
}
