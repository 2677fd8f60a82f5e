using Archive.Diagnostics;
using Archive.Loading;
using Archive.Tests.Support;
using Archive.Writing;

namespace Archive.Tests.Writing;

public class InputFingerprintsTests
{
    [Fact]
    public void A_seed_is_fingerprinted_as_loading_saw_it_so_an_edit_made_during_the_build_counts_next_time()
    {
        using var archive = new TempArchive().AddInterview("erstes");
        var content = ArchiveLoader.Load(archive.Root, new DiagnosticBag(), CacheUse.Reuse)!;
        var before = InputFingerprints.Of(content, includeDrafts: false);

        File.AppendAllText(archive.PathOf("seeds/erstes.txt"), "\nNoch ein Absatz.\n");

        Assert.Equal(before.Seeds["erstes"], InputFingerprints.Of(content, includeDrafts: false).Seeds["erstes"]);
        var reloaded = ArchiveLoader.Load(archive.Root, new DiagnosticBag(), CacheUse.Reuse)!;
        Assert.NotEqual(before.Seeds["erstes"], InputFingerprints.Of(reloaded, includeDrafts: false).Seeds["erstes"]);
    }

    [Fact]
    public void Without_the_cache_every_file_is_looked_at_when_fingerprinted()
    {
        using var archive = new TempArchive().AddInterview("erstes");
        var content = ArchiveLoader.Load(archive.Root, new DiagnosticBag())!;
        var before = InputFingerprints.Of(content, includeDrafts: false);

        File.AppendAllText(archive.PathOf("seeds/erstes.txt"), "\nNoch ein Absatz.\n");

        Assert.Null(content.Stamps);
        Assert.NotEqual(before.Seeds["erstes"], InputFingerprints.Of(content, includeDrafts: false).Seeds["erstes"]);
    }
}
