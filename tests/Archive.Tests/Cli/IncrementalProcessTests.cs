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

        Assert.Null(IncrementalProcess.LastManifest(archive.Root, archive.Output, clean: false)); // never built: a full build
        Assert.True(archive.Build().Succeeded);
        Assert.True(IncrementalProcess.LastManifest(archive.Root, archive.Output, clean: false)?.Length > 0);
        Assert.Null(IncrementalProcess.LastManifest(archive.Root, archive.Output, clean: true)); // --clean: a full build
        Assert.Null(IncrementalProcess.LastManifest(archive.Root, archive.PathOf("elsewhere"), clean: false)); // another output, never built there
    }

    [Theory]
    [InlineData(12_000, 24L << 30, 256L << 20)] // the sample, and up to 10,000 interviews: the least
    [InlineData(4_000_000, 24L << 30, 4_000_000L * 128)] // 20,000 interviews: about what their build allocates, with room
    [InlineData(19_000_000, 24L << 30, 1L << 30)] // 100,000 interviews: the most
    [InlineData(19_000_000, 4L << 30, 512L << 20)] // on a smaller machine: an eighth of its memory
    [InlineData(2_085_000, 1L << 30, 128L << 20)] // an eighth, even below the least
    public void What_may_be_allocated_before_a_collection_grows_with_the_archive_within_bounds(long manifestLength, long availableMemory, long expected) =>
        Assert.Equal(expected, IncrementalProcess.CollectionBudget(manifestLength, availableMemory));

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
