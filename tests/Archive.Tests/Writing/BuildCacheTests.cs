using Archive.Tests.Support;
using Archive.Writing;

namespace Archive.Tests.Writing;

public class BuildCacheTests
{
    private static TempArchive OneInterview() =>
        new TempArchive(config: PublishedArchive.Config).AddInterview("erstes", title: "Erstes Gespräch");

    private static string[] CacheOf(TempArchive archive, string output)
    {
        var manifest = BuildCache.ManifestPath(archive.Root, output);
        return [manifest, BuildCache.InterviewsPath(manifest)];
    }

    [Fact]
    public void A_build_forgets_the_caches_of_output_folders_that_were_deleted()
    {
        using var archive = OneInterview();
        var preview = archive.PathOf("preview");
        archive.BuildClean(preview);
        Assert.All(CacheOf(archive, preview), file => Assert.True(File.Exists(file), file));
        var spares = BuildCache.SparesPath(BuildCache.ManifestPath(archive.Root, preview));
        Directory.CreateDirectory(spares);
        File.WriteAllText(Path.Combine(spares, "data%2Finterviews.json"), "[]"); // what replacing a large file left
        Directory.Delete(preview, recursive: true);

        archive.Build();

        Assert.All(CacheOf(archive, preview), file => Assert.False(File.Exists(file), file));
        Assert.False(Directory.Exists(spares));
        Assert.All(CacheOf(archive, archive.Output), file => Assert.True(File.Exists(file), file));
    }

    [Fact]
    public void The_caches_of_output_folders_that_still_exist_stay_and_keep_their_next_build_incremental()
    {
        using var archive = OneInterview();
        var preview = archive.PathOf("preview");
        archive.BuildClean(preview);
        archive.Build();
        Assert.All(CacheOf(archive, preview), file => Assert.True(File.Exists(file), file));

        var again = ArchiveBuild.Run(new BuildOptions(archive.Root, preview));

        Assert.True(again.Succeeded);
        Assert.Equal(0, again.FilesWritten);
        Assert.True(again.FilesKept > 0);
    }

    [Fact]
    public void A_manifest_of_an_older_version_names_no_output_and_goes()
    {
        using var archive = OneInterview();
        var older = archive.PathOf($"{BuildCache.Folder}/output-00000000000000000000000000000000.manifest");
        archive.Write($"{BuildCache.Folder}/output-00000000000000000000000000000000.manifest", "interview-archive build cache 1\nsite\t00000000000000000000000000000001\n");
        archive.Write($"{BuildCache.Folder}/output-00000000000000000000000000000000.interviews", "whatever it held");

        archive.Build();

        Assert.False(File.Exists(older));
        Assert.False(File.Exists(BuildCache.InterviewsPath(older)));
        Assert.True(File.Exists(BuildCache.ManifestPath(archive.Root, archive.Output)));
    }

    [Fact]
    public void A_failed_build_forgets_nothing()
    {
        using var archive = OneInterview();
        var preview = archive.PathOf("preview");
        archive.BuildClean(preview);
        Directory.Delete(preview, recursive: true);
        archive.Write("archive.yml", "title: [kaputt\n");

        var report = archive.Build();

        Assert.False(report.Succeeded);
        Assert.All(CacheOf(archive, preview), file => Assert.True(File.Exists(file), file));
    }
}
