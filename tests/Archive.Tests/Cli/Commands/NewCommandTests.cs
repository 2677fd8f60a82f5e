using Archive.Cli;
using Archive.Tests.Support;
using static Archive.Tests.Support.CliRun;

namespace Archive.Tests.Cli.Commands;

public class NewCommandTests
{
    [Fact]
    public void New_prints_what_it_found_and_what_is_left_and_check_passes_once_that_is_done()
    {
        using var archive = new TempArchive();

        var (exit, output, error) = Run("new", Repository.SeedPath, "--source", archive.Root);

        Assert.Equal((ExitCodes.Success, ""), (exit, error));
        Assert.StartsWith("Added seeds/000_348f921fcf72eedc.txt and content/interviews/falko-ernst-anfang-woche-reiste-us.yml.\n", output, StringComparison.Ordinal);
        Assert.Matches(@"\n  interviewer  Janis Peitsch +\(the byline 'Mit Falko Ernst sprach Janis Peitsch'\)\n", output);
        Assert.Matches(@"\n  interviewee  Falko Ernst +\(the byline", output);
        Assert.Matches(@"\n  source       ntv\.de +\(the label 'ntv\.de:'\)\n", output);
        Assert.Matches(@"\n  language     de +\(\d+ German and \d+ English common words\)\n", output);
        Assert.Contains("\n  reading      9 questions, 10 answers", output, StringComparison.Ordinal);
        Assert.Contains("\n  date: confirm the date", output, StringComparison.Ordinal);
        Assert.Contains("\n  topics: name at least one topic", output, StringComparison.Ordinal);

        var metadata = archive.PathOf("content/interviews/falko-ernst-anfang-woche-reiste-us.yml");
        Assert.Matches(@"\ndate: \d{4}-\d\d-\d\d   # TODO: confirm the date", File.ReadAllText(metadata));
        var before = Run("check", "--source", archive.Root);
        Assert.Equal(ExitCodes.ContentErrors, before.Exit);
        Assert.Contains("falko-ernst-anfang-woche-reiste-us.yml:10:9: error: 'topics' is an empty list; give at least one", before.Error, StringComparison.Ordinal);

        File.WriteAllText(metadata, File.ReadAllText(metadata).Replace("topics: []", "topics: [Mexiko]", StringComparison.Ordinal));

        Assert.Equal((ExitCodes.Success, "", ""), Run("check", "--source", archive.Root));
    }

    [Fact]
    public void New_twice_refuses_to_overwrite_with_an_error_line_and_exit_1()
    {
        using var archive = new TempArchive();
        Run("new", Repository.SeedPath, "--source", archive.Root);

        var (exit, output, error) = Run("new", Repository.SeedPath, "--source", archive.Root);

        Assert.Equal((ExitCodes.ContentErrors, ""), (exit, output));
        Assert.Equal("error: seeds/000_348f921fcf72eedc.txt already exists and a seed is never overwritten; give the new text another file name\n", error);
    }

    [Fact]
    public void New_takes_the_address_from_slug()
    {
        using var archive = new TempArchive();

        var (exit, output, _) = Run("new", Repository.SeedPath, "--slug", "ernst-2023", "--source", archive.Root);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("content/interviews/ernst-2023.yml", output, StringComparison.Ordinal);
        Assert.Matches(@"\n  address      ernst-2023 +\(as given with --slug\)\n", output);
        Assert.True(File.Exists(archive.PathOf("content/interviews/ernst-2023.yml")));
    }

    [Fact]
    public void New_without_a_text_file_is_wrong_usage()
    {
        var (exit, _, error) = Run("new");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith("error: new needs <text-file>\nUsage: archive new <text-file>", error, StringComparison.Ordinal);
    }
}
