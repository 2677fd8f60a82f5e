using System.Diagnostics;
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

    [Fact]
    public async Task A_named_pipe_where_a_seed_should_be_does_not_hold_the_thread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // named pipes as made here, and the read-ahead itself, are Linux's
        }

        using var archive = new TempArchive().Write("seeds/a.txt", "Ein Vorspann.\n");
        var pipe = archive.PathOf("seeds/pipe.txt");
        using (var made = Process.Start("mkfifo", [pipe]))
        {
            await made.WaitForExitAsync();
        }

        // Opened for reading without O_NONBLOCK, a pipe waits for a writer that never comes.
        var asked = await Task.Run(() => ReadAhead.Files([pipe, archive.PathOf("seeds/a.txt")])).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, asked);
    }
}
