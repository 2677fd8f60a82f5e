using Archive.Diagnostics;
using Archive.Tests.Support;
using Archive.Writing;

namespace Archive.Tests.Writing;

public class OutputFolderTests
{
    [Theory]
    [InlineData(".")]
    [InlineData("seeds")]
    [InlineData("content")]
    [InlineData("content/interviews")]
    [InlineData("templates")]
    [InlineData("..")]
    public void Refuses_the_archive_its_content_folders_and_its_ancestors(string relative)
    {
        using var archive = new TempArchive();
        var diagnostics = new DiagnosticBag();

        Assert.False(OutputFolder.IsSafe(archive.Root, Path.Combine(archive.Root, relative), diagnostics));
        Assert.True(diagnostics.HasErrors);
    }

    [Fact]
    public void Refuses_a_non_empty_folder_it_did_not_create()
    {
        using var archive = new TempArchive().Write("elsewhere/notes.txt", "mine");
        var diagnostics = new DiagnosticBag();

        Assert.False(OutputFolder.IsSafe(archive.Root, archive.PathOf("elsewhere"), diagnostics));
        Assert.Contains("not empty", diagnostics.Sorted[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes.txt", "it is a file")]
    [InlineData("notes.txt/site", "its parent is a file")]
    public void Refuses_a_file_or_a_folder_inside_a_file(string output, string why)
    {
        using var archive = new TempArchive().Write("notes.txt", "mine");
        var diagnostics = new DiagnosticBag();

        Assert.False(OutputFolder.IsSafe(archive.Root, archive.PathOf(output), diagnostics));
        Assert.Contains(why, Assert.Single(diagnostics.Sorted).Message, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(archive.PathOf("notes.txt")));
    }

    [Fact]
    public void Accepts_a_new_folder_an_empty_one_or_one_it_made()
    {
        using var archive = new TempArchive().Write($"made/{OutputFolder.Marker}", "x").Write("made/index.html", "old");
        Directory.CreateDirectory(archive.PathOf("empty"));
        var diagnostics = new DiagnosticBag();

        Assert.True(OutputFolder.IsSafe(archive.Root, archive.PathOf("public"), diagnostics));
        Assert.True(OutputFolder.IsSafe(archive.Root, archive.PathOf("empty"), diagnostics));
        Assert.True(OutputFolder.IsSafe(archive.Root, archive.PathOf("made"), diagnostics));
        Assert.True(OutputFolder.IsSafe(archive.Root, archive.PathOf("seeds-site"), diagnostics));
        Assert.False(diagnostics.HasErrors);
    }
}
