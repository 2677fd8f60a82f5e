using Archive.Loading;
using Archive.Tests.Support;

namespace Archive.Tests.Loading;

public class FileStampTests
{
    [Fact]
    public void A_stamp_is_the_files_size_and_modification_time_and_a_missing_file_has_size_minus_one()
    {
        using var archive = new TempArchive().Write("seeds/a.txt", "Ein Text.\n");

        Assert.Equal(new FileStamp(10, File.GetLastWriteTimeUtc(archive.PathOf("seeds/a.txt")).Ticks), FileStamp.Of(archive.PathOf("seeds/a.txt")));
        Assert.Equal(new FileStamp(-1, 0), FileStamp.Of(archive.PathOf("seeds/b.txt")));
    }
}
