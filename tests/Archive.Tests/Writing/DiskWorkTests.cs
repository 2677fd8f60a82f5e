using System.Collections.Concurrent;
using Archive.Tests.Support;
using Archive.Writing;

namespace Archive.Tests.Writing;

public class DiskWorkTests
{
    [Fact]
    public void A_site_is_deleted_with_every_file_and_folder_in_it()
    {
        using var archive = new TempArchive(withTemplates: false);
        var site = archive.PathOf("site");
        // Enough files for several threads, in folders three deep, as a site's pages are.
        for (var i = 0; i < 40; i++)
        {
            var folder = Path.Combine(site, "interviews", $"interview-{i}", "extra");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(site, "interviews", $"interview-{i}", "index.html"), "<p>Frage</p>");
            for (var j = 0; j < 20; j++)
            {
                File.WriteAllText(Path.Combine(folder, $"{j}.txt"), "x");
            }
        }

        Directory.CreateDirectory(Path.Combine(site, "empty", "folder"));
        File.WriteAllText(Path.Combine(site, "index.html"), "<p>Start</p>");

        DiskWork.DeleteTree(site);

        Assert.False(Directory.Exists(site));
        Assert.True(Directory.Exists(archive.Root));
    }

    [Fact]
    public void A_link_in_the_site_goes_but_what_it_points_to_stays()
    {
        using var archive = new TempArchive(withTemplates: false);
        var site = archive.PathOf("site");
        var elsewhere = archive.PathOf("elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "keep.txt"), "kept");
        File.WriteAllText(archive.PathOf("keep.html"), "kept");
        Directory.CreateDirectory(site);
        Directory.CreateSymbolicLink(Path.Combine(site, "linked-folder"), elsewhere);
        File.CreateSymbolicLink(Path.Combine(site, "linked.html"), archive.PathOf("keep.html"));

        DiskWork.DeleteTree(site);

        Assert.False(Directory.Exists(site));
        Assert.Equal("kept", File.ReadAllText(Path.Combine(elsewhere, "keep.txt")));
        Assert.Equal("kept", File.ReadAllText(archive.PathOf("keep.html")));
    }

    [Fact]
    public void A_link_to_a_folder_asked_to_go_goes_itself_and_leaves_the_folder()
    {
        using var archive = new TempArchive(withTemplates: false);
        var elsewhere = archive.PathOf("elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "keep.txt"), "kept");
        var link = archive.PathOf("site.previous");
        Directory.CreateSymbolicLink(link, elsewhere);

        DiskWork.DeleteTree(link);

        Assert.False(Path.Exists(link));
        Assert.Equal("kept", File.ReadAllText(Path.Combine(elsewhere, "keep.txt")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)] // on the caller's thread
    [InlineData(5_000)] // on several
    public void Every_item_is_done_once(int count)
    {
        var done = new ConcurrentDictionary<int, int>();

        DiskWork.Each(Enumerable.Range(0, count).ToArray(), item => done.AddOrUpdate(item, 1, (_, times) => times + 1));

        Assert.Equal(count, done.Count);
        Assert.All(done.Values, times => Assert.Equal(1, times));
    }

    [Fact]
    public void A_failure_on_another_thread_is_thrown_to_the_caller_and_stops_the_rest()
    {
        var done = 0;

        var thrown = Assert.Throws<IOException>(() => DiskWork.Each(Enumerable.Range(0, 100_000).ToArray(), item =>
        {
            if (item == 1_000)
            {
                throw new IOException("the disk is full");
            }

            Thread.Sleep(1); // as a file operation waits for the disk
            Interlocked.Increment(ref done);
        }));

        Assert.Equal("the disk is full", thrown.Message);
        Assert.InRange(done, 1_000, 10_000); // those taken before the failure are done, the rest not (it would take 12 s)
    }
}
