using Archive.Cli;
using Archive.Tests.Support;

namespace Archive.Tests.Cli;

public class ProgramTests
{
    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Build_of_the_sample_exits_0_with_a_one_line_summary()
    {
        using var archive = TempArchive.OfSample();
        var (exit, output, error) = Run("build", "--source", archive.Root, "--output", archive.Output);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Empty(error);
        Assert.Matches(@"^note: feeds and sitemap.xml were not written: .+ set base_url in archive.yml\nBuilt \d+ pages \(\d+ files written, 0 unchanged\) into .+ in \d+\.\d\d s\n$", output);
    }

    [Fact]
    public void A_build_with_nothing_changed_says_the_output_is_up_to_date()
    {
        using var archive = TempArchive.OfSample();
        Run("build", "--source", archive.Root, "--output", archive.Output);

        var (exit, output, _) = Run("build", "--source", archive.Root, "--output", archive.Output);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Matches(@"\n.+ is up to date \(\d+ files unchanged\), checked in \d+\.\d\d s\n$", output);
    }

    [Fact]
    public void A_build_after_one_seed_changed_counts_the_one_page_it_rendered_again()
    {
        using var archive = TempArchive.OfSample();
        Run("build", "--source", archive.Root, "--output", archive.Output);
        File.AppendAllText(archive.PathOf("seeds/000_348f921fcf72eedc.txt"), "\nEin Absatz mehr.\n");

        var (exit, output, _) = Run("build", "--source", archive.Root, "--output", archive.Output);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Matches(@"\nBuilt 1 page \(\d+ files? written, \d+ unchanged\) into .+ in \d+\.\d\d s\n$", output);
    }

    [Fact]
    public void Content_errors_go_to_standard_error_as_file_line_column_and_exit_1()
    {
        using var archive = new TempArchive().AddInterview("a", date: "2023-02-30").AddInterview("b", extra: "intervieweee: X\n");
        var (exit, output, error) = Run("check", "--source", archive.Root);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Empty(output);
        Assert.Contains("content/interviews/a.yml:3:7: error: '2023-02-30' is not a day of the calendar", error, StringComparison.Ordinal);
        Assert.Contains("content/interviews/b.yml:7:1: error: unknown key 'intervieweee'; did you mean 'interviewee'?", error, StringComparison.Ordinal);
        Assert.Contains("2 error(s), 0 warning(s)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_the_sample_prints_nothing_and_exits_0()
    {
        using var archive = TempArchive.OfSample();
        var (exit, output, error) = Run("check", "--source", archive.Root);

        Assert.Equal((ExitCodes.Success, "", ""), (exit, output, error));
    }

    [Theory]
    [InlineData]
    [InlineData("publish")]
    [InlineData("build", "--frobnicate")]
    [InlineData("build", "--output")]
    public void Wrong_usage_exits_2_with_the_usage(params string[] args)
    {
        var (exit, _, error) = Run(args);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("Usage: archive", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_tools_version()
    {
        var props = File.ReadAllText(Path.Combine(Repository.Root, "Directory.Build.props"));
        var version = System.Text.RegularExpressions.Regex.Match(props, "<Version>(.+)</Version>").Groups[1].Value;

        var (exit, output, _) = Run("--version");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(version)}(\+[0-9a-f]+)?\n$", output);
    }

    [Fact]
    public void A_folder_without_archive_yml_is_explained()
    {
        using var archive = new TempArchive();
        File.Delete(archive.PathOf("archive.yml"));
        var (exit, _, error) = Run("build", "--source", archive.Root);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.StartsWith("archive.yml:1:1: error: no archive.yml in", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_lists_every_paragraph_of_the_sample_with_its_role_and_speaker()
    {
        using var archive = TempArchive.OfSample();
        var (exit, output, error) = Run("inspect", "falko-ernst-laecheln-und-stillstand", "--source", archive.Root);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Empty(error);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        var paragraphs = File.ReadAllText(Repository.SeedPath).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
        Assert.Equal(paragraphs, rows.Count);
        Assert.Matches(@"^\s+1\s+1\s+lead\s+-\s+Anfang der Woche", rows[0]);
        Assert.Matches(@"^\s+\d+\s+\d+\s+question\s+Janis Peitsch\s+Beim Staatsbesuch", rows[1]);
        Assert.Matches(@"^\s+\d+\s+\d+\s+answer\s+Falko Ernst\s+Die Beziehung", rows[2]);
        Assert.Contains(rows, r => r.Contains(" aside ", StringComparison.Ordinal));
        Assert.Matches(@"byline", rows[^1]);
    }

    [Fact]
    public void Inspect_of_an_unknown_interview_says_so_and_exits_1()
    {
        using var archive = TempArchive.OfSample();
        var (exit, _, error) = Run("inspect", "no-such-interview", "--source", archive.Root);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("error: no readable interview 'no-such-interview' in content/interviews/", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_disk_met_on_several_threads_is_reported_as_the_disk_fault_it_is()
    {
        var full = new IOException("No space left on device : '/site/interviews/a/index.html'");

        Assert.Same(full, Program.DiskFault(full));
        Assert.Same(full, Program.DiskFault(new AggregateException(full, new IOException("No space left on device"))));
        Assert.Same(full, Program.DiskFault(new AggregateException(new AggregateException(full))));
        Assert.Null(Program.DiskFault(new AggregateException(full, new InvalidOperationException("a fault of the tool"))));
        Assert.Null(Program.DiskFault(new InvalidOperationException("a fault of the tool")));
    }
}
