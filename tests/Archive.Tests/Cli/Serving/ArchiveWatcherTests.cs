using System.Collections.Concurrent;
using Archive.Cli.Serving;
using Archive.Tests.Support;

namespace Archive.Tests.Cli.Serving;

public class ArchiveWatcherTests
{
    [Fact]
    public async Task Reports_what_the_build_reads_and_nothing_else()
    {
        using var archive = TempArchive.OfSample();
        Directory.CreateDirectory(archive.PathOf("public"));
        var changed = new ConcurrentQueue<string>();
        using var watcher = new ArchiveWatcher(archive.Root, changed.Enqueue);

        archive.Write("public/index.html", "not the archive's content");
        archive.Write("notes.txt", "an editor's own notes");
        archive.Write("content/interviews/.#falko.yml", "an editor's lock file");
        archive.Write("seeds/000_348f921fcf72eedc.txt~", "a backup");
        archive.Write("content/people.yml", "[]\n");
        await Eventually.True(() => changed.Contains("content/people.yml"), "the change to content/people.yml");
        archive.Write("archive.yml", "title: T\nlanguage: de\n");
        await Eventually.True(() => changed.Contains("archive.yml"), "the change to archive.yml");
        archive.Write("templates/partials/new.html", "<p></p>");
        await Eventually.True(() => changed.Contains("templates/partials/new.html"), "the new template");

        Assert.DoesNotContain(changed, path =>
            path.StartsWith("public", StringComparison.Ordinal) || path == "notes.txt" || path.EndsWith('~') || path.Contains(".#", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_watched_folder_that_is_replaced_is_watched_anew()
    {
        using var archive = TempArchive.OfSample();
        var changed = new ConcurrentQueue<string>();
        using var watcher = new ArchiveWatcher(archive.Root, changed.Enqueue);

        Directory.Move(archive.PathOf("seeds"), archive.PathOf("seeds-old"));
        Directory.CreateDirectory(archive.PathOf("seeds"));
        await Eventually.True(() => changed.Contains("seeds"), "the new seeds folder");

        // Written until seen: the new folder is watched once its creation has been reported, a moment after it exists.
        await Eventually.True(
            () =>
            {
                archive.Write("seeds/new.txt", "Ein Text.");
                return changed.Contains("seeds/new.txt");
            },
            "the file in the new seeds folder");
        archive.Write("seeds-old/late.txt", "Ein Text.");
        archive.Write("seeds/after.txt", "Ein Text.");
        await Eventually.True(() => changed.Contains("seeds/after.txt"), "the next file in the new seeds folder");
        Assert.DoesNotContain("seeds/late.txt", changed);
    }

    [Theory]
    [InlineData("falko.yml~", true)]
    [InlineData(".falko.yml.swp", true)]
    [InlineData(".#falko.yml", true)]
    [InlineData("4913", true)]
    [InlineData("falko.yml", false)]
    [InlineData("000_348f921fcf72eedc.txt", false)]
    public void Scratch_files_of_editors_are_no_reason_to_build(string name, bool scratch)
    {
        Assert.Equal(scratch, ArchiveWatcher.IsEditorScratch(name));
    }
}
