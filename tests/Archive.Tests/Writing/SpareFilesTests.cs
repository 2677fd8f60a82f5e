using Archive.Tests.Support;
using Archive.Writing;

namespace Archive.Tests.Writing;

public class SpareFilesTests
{
    [Fact]
    public void A_replaced_file_is_set_aside_and_moved_back_to_be_written_over()
    {
        using var archive = new TempArchive();
        var spares = new SpareFiles(archive.PathOf("cache/spares"));
        var output = archive.PathOf("data.json");
        File.WriteAllText(output, "[1]");

        Assert.True(spares.SetAside("data/interviews.json", output));
        Assert.False(File.Exists(output));
        Assert.True(spares.MoveTo("data/interviews.json", archive.PathOf("staged")));

        Assert.Equal("[1]", File.ReadAllText(archive.PathOf("staged")));
        Assert.Empty(Directory.EnumerateFiles(archive.PathOf("cache/spares")));
    }

    [Fact]
    public void A_file_with_another_name_stays_where_it_is()
    {
        using var archive = new TempArchive();
        var spares = new SpareFiles(archive.PathOf("cache/spares"));
        var output = archive.PathOf("data.json");
        File.WriteAllText(output, "[1]");
        FileLinksTests.HardLink(output, archive.PathOf("deploy.json"));

        Assert.False(spares.SetAside("data/interviews.json", output));
        Assert.True(File.Exists(output));
        Assert.False(spares.MoveTo("data/interviews.json", archive.PathOf("staged")));
    }

    [Fact]
    public void Without_a_spare_nothing_is_moved()
    {
        using var archive = new TempArchive();

        Assert.False(new SpareFiles(archive.PathOf("cache/spares")).MoveTo("data/interviews.json", archive.PathOf("staged")));
        Assert.False(File.Exists(archive.PathOf("staged")));
    }
}
