using System.Runtime;
using Archive.Cli;
using Archive.Tests.Support;
using static Archive.Tests.Support.CliRun;

namespace Archive.Tests.Cli;

public class IncrementalProcessTests
{
    [Fact]
    public void Only_a_build_that_updates_the_output_of_a_last_build_counts_as_incremental()
    {
        using var archive = new TempArchive();
        archive.AddInterview("ein-gespraech");

        Assert.False(IncrementalProcess.Applies(archive.Root, archive.Output, clean: false)); // never built: a full build
        Assert.True(archive.Build().Succeeded);
        Assert.True(IncrementalProcess.Applies(archive.Root, archive.Output, clean: false));
        Assert.False(IncrementalProcess.Applies(archive.Root, archive.Output, clean: true)); // --clean: a full build
        Assert.False(IncrementalProcess.Applies(archive.Root, archive.PathOf("elsewhere"), clean: false)); // another output, never built there
    }

    [Fact]
    public void A_build_run_inside_another_process_leaves_its_runtime_alone()
    {
        using var archive = new TempArchive();
        archive.AddInterview("ein-gespraech");
        Assert.True(archive.Build().Succeeded);

        var (exit, _, error) = Run("build", "--source", archive.Root);

        Assert.Equal((0, ""), (exit, error));
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        Assert.False(AppContext.TryGetSwitch(IncrementalProcess.DynamicCodeSwitch, out _));
    }
}
