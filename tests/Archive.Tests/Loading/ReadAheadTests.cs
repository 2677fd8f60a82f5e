using Archive.Loading;
using Archive.Tests.Support;

namespace Archive.Tests.Loading;

public class ReadAheadTests
{
    [Fact]
    public void Each_file_that_exists_is_asked_for_and_a_missing_one_is_passed_over()
    {
        using var archive = new TempArchive()
            .Write("seeds/a.txt", "Frage: Wie?\n\nAntwort: So.\n")
            .Write("seeds/b.txt", "Ein Vorspann.\n");

        var asked = ReadAhead.Files([archive.PathOf("seeds/a.txt"), archive.PathOf("seeds/fehlt.txt"), archive.PathOf("seeds/b.txt")]);

        Assert.Equal(OperatingSystem.IsLinux() ? 2 : 0, asked);
    }
}
