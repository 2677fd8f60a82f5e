using Archive.Tests.Support;
using Archive.Writing;

namespace Archive.Tests.Writing;

public class EmptyFoldersTests
{
    [Fact]
    public void Emptied_folders_go_with_their_emptied_parents_up_to_the_root_and_nothing_else_does()
    {
        using var archive = new TempArchive(withTemplates: false);
        var root = archive.PathOf("site");
        foreach (var folder in new[] { "a/b", "a/c", "d/e/f", "g" })
        {
            Directory.CreateDirectory(Path.Combine(root, folder));
        }

        File.WriteAllText(Path.Combine(root, "a/c/kept.html"), "kept");

        EmptyFolders.Remove([Path.Combine(root, "a/b"), Path.Combine(root, "a/c"), Path.Combine(root, "d/e/f"), Path.Combine(root, "d/e/f"), Path.Combine(root, "gone")], root);

        Assert.False(Directory.Exists(Path.Combine(root, "a/b")));
        Assert.True(File.Exists(Path.Combine(root, "a/c/kept.html"))); // a/c and so a stay
        Assert.False(Directory.Exists(Path.Combine(root, "d"))); // d/e/f, then d/e, then d
        Assert.True(Directory.Exists(Path.Combine(root, "g"))); // empty, but not named
        Assert.True(Directory.Exists(root));
    }

    [Fact]
    public void The_root_stays_when_everything_in_it_went()
    {
        using var archive = new TempArchive(withTemplates: false);
        var root = archive.PathOf("site");
        Directory.CreateDirectory(Path.Combine(root, "x/y"));

        EmptyFolders.Remove([Path.Combine(root, "x/y")], root);

        Assert.True(Directory.Exists(root));
        Assert.Empty(Directory.EnumerateFileSystemEntries(root));
    }
}
