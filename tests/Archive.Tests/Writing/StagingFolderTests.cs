using Archive.Tests.Support;
using Archive.Writing;

namespace Archive.Tests.Writing;

public class StagingFolderTests
{
    [Fact]
    public void A_staging_folder_that_cannot_be_made_is_named_with_what_it_is_for()
    {
        using var archive = new TempArchive(withTemplates: false).Write("notes.txt", "mine");
        var path = archive.PathOf("notes.txt/.public.staging");

        var error = Assert.Throws<IOException>(() => new StagingFolder(path));

        Assert.StartsWith($"cannot create {path}, where the build puts the site together", error.Message, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(archive.PathOf("notes.txt")));
    }

    [Fact]
    public void A_staging_folder_left_by_an_interrupted_build_starts_empty()
    {
        using var archive = new TempArchive(withTemplates: false).Write("site/.staging/interviews/a/index.html", "<p>alt</p>");

        var staging = new StagingFolder(archive.PathOf("site/.staging"));

        Assert.Empty(Directory.EnumerateFileSystemEntries(staging.Path));
    }
}
