using Archive.Cli.Commands;

namespace Archive.Tests.Cli.Commands;

public class ReportPrinterTests
{
    private static readonly BuildReport Report = new([], 3, 2, [new StepTime("read and render pages", TimeSpan.FromMilliseconds(12.5))])
    {
        Templates = "interpreted by Scriban (templates/page.html(2,4): ScriptCaptureStatement)",
        PagesReRendered = 2,
    };

    [Fact]
    public void Verbose_prints_each_step_and_how_the_templates_ran()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        ReportPrinter.Print(Report, verbose: true, output, error);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("  read and render pages        12.5 ms", lines[0]);
        Assert.Equal("  templates: interpreted by Scriban (templates/page.html(2,4): ScriptCaptureStatement); 2 page(s) rendered again by the interpreter", lines[1]);
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void Verbose_ends_with_what_the_garbage_collector_did_when_the_process_is_the_builds()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var collector = new CollectorUse(12, 3, 1, TimeSpan.FromMilliseconds(84.4), 1_900L * 1024 * 1024);

        ReportPrinter.Print(Report, verbose: true, output, error, collector);

        Assert.Equal(
            "  garbage collections: 12 (3 reaching generation 1, 1 generation 2), paused 84 ms, 1900 MB allocated",
            output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
    }

    [Fact]
    public void Without_verbose_a_clean_build_prints_nothing()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        ReportPrinter.Print(Report, verbose: false, output, error, new CollectorUse(1, 0, 0, TimeSpan.Zero, 0));

        Assert.Empty(output.ToString());
        Assert.Empty(error.ToString());
    }
}
