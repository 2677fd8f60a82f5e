using Archive.Loading;

namespace Archive.Tests.Loading;

public class ArchivePathsTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "archiv");

    [Theory]
    [InlineData("content/interviews/erstes.yml", "content/interviews/erstes.yml")]
    [InlineData("seeds/000_348f921fcf72eedc.txt", "seeds/000_348f921fcf72eedc.txt")]
    [InlineData("content/./people.yml", "content/people.yml")]
    [InlineData("content/../seeds/x.txt", "seeds/x.txt")]
    [InlineData("../anderes/archive.yml", "../anderes/archive.yml")]
    [InlineData("../archiv-alt/archive.yml", "../archiv-alt/archive.yml")]
    [InlineData(".archive-cache/metadata", ".archive-cache/metadata")]
    public void A_file_is_named_from_the_archive_folder_with_forward_slashes(string path, string expected)
    {
        var full = Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar));

        Assert.Equal(expected, ArchivePaths.Relative(Root, full));
        Assert.Equal(expected, ArchivePaths.Relative(Root + Path.DirectorySeparatorChar, full));
    }

    [Fact]
    public void A_folder_beside_the_archive_whose_name_begins_like_it_is_not_inside_it() =>
        Assert.Equal("../archiv-alt/archive.yml", ArchivePaths.Relative(Root, Root + "-alt" + Path.DirectorySeparatorChar + "archive.yml"));
}
