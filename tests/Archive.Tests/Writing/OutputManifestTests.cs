using Archive.Tests.Support;
using Archive.Writing;

namespace Archive.Tests.Writing;

public class OutputManifestTests
{
    [Fact]
    public void A_saved_manifest_loads_as_it_was()
    {
        using var archive = new TempArchive();
        var path = archive.PathOf(".archive-cache/test.manifest");
        var manifest = new OutputManifest(
            "/srv/archiv/public",
            new InputFingerprints(new ContentHash(0, 1), new ContentHash(ulong.MaxValue, ulong.MaxValue), new Dictionary<string, ContentHash> { ["ein-gespraech"] = new(0, 42) }),
            new Dictionary<string, OutputFile> { ["interviews/ein gespräch/index.html"] = new(new ContentHash(3, 7), 1234, 638_000_000_000_000_000) });

        manifest.Save(path);
        var loaded = OutputManifest.Load(path);

        Assert.NotNull(loaded);
        Assert.Equal(manifest.Output, loaded.Output);
        Assert.Equal(manifest.Output, OutputManifest.OutputOf(path));
        Assert.Equal((manifest.Inputs.Site, manifest.Inputs.Content), (loaded.Inputs.Site, loaded.Inputs.Content));
        Assert.Equal(manifest.Inputs.Seeds, loaded.Inputs.Seeds);
        Assert.Equal(manifest.Files, loaded.Files);
    }

    [Theory]
    [InlineData("")]
    [InlineData("something else\n")]
    [InlineData("interview-archive build cache 2\noutput\t/srv/archiv/public\nfile\tnot-hex\t1\t2\tx\n")]
    [InlineData("interview-archive build cache 2\noutput\t/srv/archiv/public\nfile\t00\n")]
    [InlineData("interview-archive build cache 2\noutput\t/srv/archiv/public\nfile\t0000000000000000000000000000002a\t1\t2\n")]
    [InlineData("interview-archive build cache 2\noutput\t/srv/archiv/public\nseed\t0000000000000000000000000000002a\n")]
    [InlineData("interview-archive build cache 2\noutput\t/srv/archiv/public\nwhatever\n")]
    [InlineData("interview-archive build cache 2\nsite\t00000000000000000000000000000001\n")]
    [InlineData("interview-archive build cache 1\nsite\t00000000000000000000000000000001\n")]
    public void A_damaged_or_foreign_cache_is_no_manifest_and_costs_a_full_build(string text)
    {
        using var archive = new TempArchive();
        archive.Write(".archive-cache/test.manifest", text);

        Assert.Null(OutputManifest.Load(archive.PathOf(".archive-cache/test.manifest")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("interview-archive build cache 1\nsite\t00000000000000000000000000000001\n")]
    [InlineData("interview-archive build cache 2\nsite\t00000000000000000000000000000001\n")]
    public void A_file_that_is_no_manifest_of_this_version_names_no_output(string text)
    {
        using var archive = new TempArchive();
        archive.Write(".archive-cache/test.manifest", text);

        Assert.Null(OutputManifest.OutputOf(archive.PathOf(".archive-cache/test.manifest")));
    }
}
