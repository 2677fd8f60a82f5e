using Archive.Tests.Support;
using Archive.Writing;

namespace Archive.Tests.Writing;

public class FileSwapTests
{
    [Fact]
    public void The_two_files_change_places_each_with_its_own_bytes_and_time()
    {
        using var archive = new TempArchive(withTemplates: false);
        var staged = archive.PathOf("staged");
        var page = archive.PathOf("site/index.html");
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        File.WriteAllText(page, "<p>older</p>");
        File.SetLastWriteTimeUtc(page, new DateTime(2023, 1, 9, 12, 0, 0, DateTimeKind.Utc));
        File.WriteAllText(staged, "<p>newer</p>");
        var stagedTime = File.GetLastWriteTimeUtc(staged);

        Assert.True(FileSwap.TrySwap(staged, page));

        Assert.Equal("<p>newer</p>", File.ReadAllText(page));
        Assert.Equal(stagedTime, File.GetLastWriteTimeUtc(page));
        Assert.Equal("<p>older</p>", File.ReadAllText(staged));
        Assert.Equal(new DateTime(2023, 1, 9, 12, 0, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(staged));
    }

    [Fact]
    public void Two_folders_change_places_with_everything_in_them()
    {
        using var archive = new TempArchive(withTemplates: false);
        archive.Write("site/index.html", "previous site").Write(".site.staging/index.html", "new site");

        Assert.True(FileSwap.TrySwap(archive.PathOf(".site.staging"), archive.PathOf("site")));

        Assert.Equal("new site", File.ReadAllText(archive.PathOf("site/index.html")));
        Assert.Equal("previous site", File.ReadAllText(archive.PathOf(".site.staging/index.html")));
    }

    [Fact]
    public void Without_a_file_at_the_target_nothing_changes_and_the_caller_moves_it()
    {
        using var archive = new TempArchive(withTemplates: false);
        var staged = archive.PathOf("staged");
        File.WriteAllText(staged, "<p>new page</p>");
        var page = archive.PathOf("site/index.html");

        Assert.False(FileSwap.TrySwap(staged, page));

        Assert.Equal("<p>new page</p>", File.ReadAllText(staged));
        Assert.False(File.Exists(page));

        // A missing file is no reason to stop swapping: the next page that has an older version is swapped.
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        File.WriteAllText(page, "<p>older</p>");
        Assert.True(FileSwap.TrySwap(staged, page));
        Assert.Equal("<p>new page</p>", File.ReadAllText(page));
    }
}
