using System.Text;
using Archive.Tests.Support;
using Archive.Writing;

namespace Archive.Tests.Writing;

public class StagedOutputTests
{
    [Fact]
    public void Nothing_is_visible_until_commit_and_then_everything_is()
    {
        using var archive = new TempArchive();
        var output = archive.PathOf("site");
        using (IPageSink staged = StagedOutput.Open(output))
        {
            staged.Write("a/b/index.html", "<p>Grüße</p>");
            Assert.False(Directory.Exists(output));
            staged.Commit();
        }

        Assert.Equal("<p>Grüße</p>", File.ReadAllText(Path.Combine(output, "a/b/index.html")));
        Assert.True(File.Exists(Path.Combine(output, OutputFolder.Marker)));
        Assert.Empty(Directory.EnumerateDirectories(archive.Root, ".site*"));
    }

    [Fact]
    public void A_page_held_in_pieces_is_written_as_its_UTF8()
    {
        var text = new StringBuilder(3).Append("ab\uD83D").Append("\uDE00 Grüße, «Gespräch»");
        using var archive = new TempArchive();
        var output = archive.PathOf("site");
        using (IPageSink staged = StagedOutput.Open(output))
        {
            staged.Write("index.html", text);
            staged.Commit();
        }

        Assert.Equal("ab😀 Grüße, «Gespräch»", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Without_commit_the_previous_output_stays_exactly_as_it_was()
    {
        using var archive = new TempArchive();
        var output = archive.PathOf("site");
        using (IPageSink first = StagedOutput.Open(output))
        {
            first.Write("index.html", "first");
            first.Commit();
        }

        using (IPageSink second = StagedOutput.Open(output))
        {
            second.Write("index.html", "second");
            second.Write("new/index.html", "new");
        }

        Assert.Equal("first", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "new")));
        Assert.Empty(Directory.EnumerateDirectories(archive.Root, ".site*"));
    }

    [Fact]
    public void A_commit_replaces_the_previous_output_whole()
    {
        using var archive = new TempArchive();
        var output = archive.PathOf("site");
        using (IPageSink first = StagedOutput.Open(output))
        {
            first.Write("gone/index.html", "old page");
            first.Commit();
        }

        using (IPageSink second = StagedOutput.Open(output))
        {
            second.Write("index.html", "new");
            second.Commit();
        }

        Assert.False(Directory.Exists(Path.Combine(output, "gone")));
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void A_build_stopped_in_the_middle_of_its_commit_gets_the_last_good_site_back()
    {
        using var archive = new TempArchive();
        archive.Write(".site.previous/index.html", "last good").Write(".site.staging/index.html", "half");

        using (StagedOutput.Open(archive.PathOf("site")))
        {
        }

        Assert.Equal("last good", File.ReadAllText(archive.PathOf("site/index.html")));
        Assert.False(Directory.Exists(archive.PathOf(".site.staging")));
    }

    [Fact]
    public void Two_pages_for_one_address_fail_rather_than_overwrite()
    {
        using var archive = new TempArchive();
        using IPageSink staged = StagedOutput.Open(archive.PathOf("site"));
        staged.Write("x/index.html", "one");

        Assert.Throws<IOException>(() => staged.Write("x/index.html", "two"));
    }
}
