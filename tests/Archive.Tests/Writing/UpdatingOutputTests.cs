using Archive.Tests.Support;
using Archive.Writing;

namespace Archive.Tests.Writing;

public class UpdatingOutputTests
{
    [Fact]
    public void Only_changed_files_are_written_and_only_on_commit_while_unchanged_ones_keep_their_time()
    {
        using var archive = new TempArchive();
        var output = archive.PathOf("site");
        var previous = Build(output, ("same.html", "same"), ("changed.html", "old"), ("gone/deep/index.html", "gone"));
        var sameTime = File.GetLastWriteTimeUtc(Path.Combine(output, "same.html"));

        using (IPageSink update = UpdatingOutput.Open(output, previous))
        {
            update.Write("same.html", "same");
            update.Write("changed.html", "new");
            update.Write("added/index.html", "added");
            Assert.Equal("old", File.ReadAllText(Path.Combine(output, "changed.html")));
            Assert.False(File.Exists(Path.Combine(output, "added/index.html")));
            update.Commit();
            Assert.Equal((2, 2), (update.FilesWritten, update.FilesKept)); // kept: same.html and the marker
        }

        Assert.Equal(sameTime, File.GetLastWriteTimeUtc(Path.Combine(output, "same.html")));
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "changed.html")));
        Assert.Equal("added", File.ReadAllText(Path.Combine(output, "added/index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "gone")));
        Assert.Empty(Directory.EnumerateDirectories(archive.Root, ".site*"));
    }

    [Fact]
    public void Changed_pages_wait_side_by_side_in_the_staging_folder_not_in_folders_of_their_own()
    {
        using var archive = new TempArchive();
        var output = archive.PathOf("site");
        var previous = Build(output, ("interviews/a/index.html", "a"), ("interviews/b/index.html", "b"));

        using (IPageSink update = UpdatingOutput.Open(output, previous))
        {
            update.Write("interviews/a/index.html", "a, edited");
            update.Write("interviews/c/index.html", "c");
            using (var stream = update.Create("data/all.json"))
            {
                stream.Write("[]"u8);
            }

            var staging = archive.PathOf(".site.staging");
            Assert.Equal(3, Directory.GetFiles(staging).Length);
            Assert.Empty(Directory.GetDirectories(staging));
            update.Commit();
        }

        Assert.Equal("a, edited", File.ReadAllText(Path.Combine(output, "interviews/a/index.html")));
        Assert.Equal("c", File.ReadAllText(Path.Combine(output, "interviews/c/index.html")));
        Assert.Equal("[]", File.ReadAllText(Path.Combine(output, "data/all.json")));
        Assert.Empty(Directory.EnumerateDirectories(archive.Root, ".site*"));
    }

    [Fact]
    public void A_replaced_page_has_its_new_bytes_while_a_deploy_folder_linked_to_the_older_one_keeps_the_older()
    {
        using var archive = new TempArchive();
        var output = archive.PathOf("site");
        var previous = Build(output, ("interviews/a/index.html", "a"), ("interviews/b/index.html", "b"));
        var deployed = archive.PathOf("deploy-a.html");
        FileLinksTests.HardLink(Path.Combine(output, "interviews/a/index.html"), deployed); // as cp -al makes a deploy folder

        using (IPageSink update = UpdatingOutput.Open(output, previous))
        {
            update.Write("interviews/a/index.html", "a, edited");
            update.Write("interviews/b/index.html", "b");
            update.Commit();
        }

        Assert.Equal("a, edited", File.ReadAllText(Path.Combine(output, "interviews/a/index.html")));
        Assert.Equal("b", File.ReadAllText(Path.Combine(output, "interviews/b/index.html")));
        Assert.Equal("a", File.ReadAllText(deployed));
        Assert.Empty(Directory.EnumerateDirectories(archive.Root, ".site*")); // the older page went with the staging folder
    }

    [Fact]
    public void Without_commit_the_output_stays_as_it_was()
    {
        using var archive = new TempArchive();
        var output = archive.PathOf("site");
        var previous = Build(output, ("index.html", "first"));

        using (IPageSink update = UpdatingOutput.Open(output, previous))
        {
            update.Write("index.html", "second");
        }

        Assert.Equal("first", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Empty(Directory.EnumerateDirectories(archive.Root, ".site*"));
    }

    [Fact]
    public void A_file_can_only_be_kept_while_it_is_on_disk_as_recorded()
    {
        using var archive = new TempArchive();
        var output = archive.PathOf("site");
        var previous = Build(output, ("a.html", "a"), ("b.html", "b"));
        File.AppendAllText(Path.Combine(output, "b.html"), " edited by hand");

        using var update = UpdatingOutput.Open(output, previous);

        Assert.True(update.Keep("a.html"));
        Assert.False(update.Keep("b.html"));
        Assert.False(update.Keep("never-written.html"));
    }

    [Fact]
    public void A_large_file_written_piece_by_piece_is_kept_when_it_came_out_the_same()
    {
        using var archive = new TempArchive();
        var output = archive.PathOf("site");
        var previous = Build(output, ("data/all.json", "[1,2]"));
        var time = File.GetLastWriteTimeUtc(Path.Combine(output, "data/all.json"));

        using (var update = UpdatingOutput.Open(output, previous))
        {
            using (var stream = update.Create("data/all.json"))
            {
                stream.Write("[1,"u8);
                stream.Write("2]"u8);
            }

            update.Commit();
            Assert.Equal(0, update.FilesWritten);
        }

        Assert.Equal(time, File.GetLastWriteTimeUtc(Path.Combine(output, "data/all.json")));
        Assert.Empty(Directory.EnumerateDirectories(archive.Root, ".site*")); // nor the folder it was staged in
    }

    [Fact]
    public void The_previous_files_of_a_folder_are_listed_only_while_all_are_on_disk_as_recorded()
    {
        using var archive = new TempArchive();
        var output = archive.PathOf("site");
        var previous = Build(output, ("search/terms/fe.js", "fe"), ("search/terms/ge.js", "ge"), ("search/facets.js", "f"));

        using (var update = UpdatingOutput.Open(output, previous))
        {
            Assert.Equal(["search/terms/fe.js", "search/terms/ge.js"], update.PreviousFiles("search/terms/")!.Order());
        }

        File.AppendAllText(Path.Combine(output, "search/terms/ge.js"), " edited by hand");
        using var after = UpdatingOutput.Open(output, previous);
        Assert.Null(after.PreviousFiles("search/terms/"));
        Assert.NotNull(after.PreviousFiles("search/facets"));
    }

    [Fact]
    public void A_previous_file_is_read_back_only_when_its_content_is_the_one_recorded()
    {
        using var archive = new TempArchive();
        var output = archive.PathOf("site");
        var previous = Build(output, ("a.js", "aaa"), ("b.js", "bbb"));
        var b = Path.Combine(output, "b.js");
        var time = File.GetLastWriteTimeUtc(b);
        File.WriteAllText(b, "BBB"); // the same size and, set back, the same time: only the content tells
        File.SetLastWriteTimeUtc(b, time);

        using var update = UpdatingOutput.Open(output, previous);

        Assert.Equal("aaa"u8.ToArray(), update.ReadPrevious("a.js"));
        Assert.Null(update.ReadPrevious("b.js"));
        Assert.Null(update.ReadPrevious("never-written.js"));
    }

    [Fact]
    public void A_large_file_replaced_is_set_aside_and_the_next_build_writes_over_it_ending_it_where_the_writing_ends()
    {
        using var archive = new TempArchive();
        var output = archive.PathOf("site");
        var spares = archive.PathOf("cache/site.spares");
        var data = Path.Combine(output, "data/interviews.json");
        var previous = Build(output, ("data/interviews.json", new string('a', 2 << 20)));

        previous = Update(output, previous, spares, new string('b', 3 << 19));
        Assert.Equal(new string('b', 3 << 19), File.ReadAllText(data));
        Assert.Equal(new string('a', 2 << 20), File.ReadAllText(Assert.Single(Directory.GetFiles(spares)))); // set aside

        Update(output, previous, spares, new string('c', 1 << 20));
        Assert.Equal(new string('c', 1 << 20), File.ReadAllText(data)); // the older, longer file written over and cut
        Assert.Equal(new string('b', 3 << 19), File.ReadAllText(Assert.Single(Directory.GetFiles(spares))));
    }

    [Fact]
    public void A_build_that_fails_after_taking_the_spare_leaves_the_output_as_it_was()
    {
        using var archive = new TempArchive();
        var output = archive.PathOf("site");
        var spares = archive.PathOf("cache/site.spares");
        var previous = Update(output, Build(output, ("data/interviews.json", new string('a', 2 << 20))), spares, new string('b', 3 << 19));

        using (var update = UpdatingOutput.Open(output, previous, spares: spares))
        {
            using var stream = update.Create("data/interviews.json");
            stream.Write(new byte[1 << 20]);
        }

        Assert.Equal(new string('b', 3 << 19), File.ReadAllText(Path.Combine(output, "data/interviews.json")));
        Assert.Empty(Directory.GetFiles(spares)); // written over in the staging folder, and gone with it
    }

    /// <summary>An incremental build that writes only <c>data/interviews.json</c>, as <paramref name="text"/>.</summary>
    private static IReadOnlyDictionary<string, OutputFile> Update(string output, IReadOnlyDictionary<string, OutputFile> previous, string spares, string text)
    {
        using var update = UpdatingOutput.Open(output, previous, spares: spares);
        using (var stream = update.Create("data/interviews.json"))
        {
            stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        update.Commit();
        return update.Files;
    }

    /// <summary>A first build from scratch; returns what the next build is given as the previous one.</summary>
    [Theory]
    [InlineData(10)]
    [InlineData(3_000)]
    public void Every_file_still_on_disk_as_recorded_is_found_and_no_other_however_many_look(int pages)
    {
        using var archive = new TempArchive();
        var output = archive.PathOf("site");
        var previous = Build(output, [.. Enumerable.Range(0, pages).Select(i => ($"interviews/{i}/index.html", $"page {i}"))]);
        int[] altered = [0, 1, pages / 2, pages - 1];
        File.AppendAllText(Path.Combine(output, "interviews/0/index.html"), " and more");
        File.Delete(Path.Combine(output, "interviews/1/index.html"));
        File.SetLastWriteTimeUtc(Path.Combine(output, $"interviews/{pages / 2}/index.html"), new DateTime(2001, 2, 3, 0, 0, 0, DateTimeKind.Utc));
        File.WriteAllText(Path.Combine(output, $"interviews/{pages - 1}/index.html"), $"page {pages - 2}"); // same size, later time

        var onDisk = UpdatingOutput.OnDisk(output, previous);

        var expected = previous.Keys.Where(url => !altered.Any(i => url == $"interviews/{i}/index.html"));
        Assert.Equal(expected.Order(StringComparer.Ordinal), onDisk.Order(StringComparer.Ordinal));
    }

    private static IReadOnlyDictionary<string, OutputFile> Build(string output, params (string Url, string Text)[] files)
    {
        using IPageSink build = StagedOutput.Open(output);
        foreach (var (url, text) in files)
        {
            build.Write(url, text);
        }

        build.Commit();
        return build.Files;
    }
}
