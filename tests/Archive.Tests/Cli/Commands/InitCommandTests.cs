using Archive.Cli;
using Archive.Tests.Support;
using static Archive.Tests.Support.CliRun;

namespace Archive.Tests.Cli.Commands;

public class InitCommandTests
{
    [Fact]
    public void Init_creates_an_archive_from_the_files_beside_the_tool_that_check_and_build_accept()
    {
        var folder = Path.Combine(Path.GetTempPath(), "archive-init-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, output, error) = Run("init", folder);

            Assert.Equal((ExitCodes.Success, ""), (exit, error));
            Assert.StartsWith($"Created a new archive in {folder} (", output, StringComparison.Ordinal);
            Assert.Equal((ExitCodes.Success, "", ""), Run("check", "--source", folder));
            Assert.Equal(ExitCodes.Success, Run("build", "--source", folder).Exit);
            Assert.True(File.Exists(Path.Combine(folder, "public", "index.html")));
            // The output and the build cache are made by the tool, not kept in version control.
            Assert.Equal(["public/", ".archive-cache/"], File.ReadAllLines(Path.Combine(folder, ".gitignore")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Init_refuses_a_folder_that_is_not_empty()
    {
        using var archive = new TempArchive();

        var (exit, output, error) = Run("init", archive.Root);

        Assert.Equal((ExitCodes.ContentErrors, ""), (exit, output));
        Assert.StartsWith($"error: {archive.Root} is not empty;", error, StringComparison.Ordinal);
    }
}
