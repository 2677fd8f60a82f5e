using Archive.Writing;

namespace Archive.Cli;

/// <summary>
/// Holds off the runtime's garbage collections while an incremental build runs in its own process. Such a build lasts
/// well under a second and keeps nearly everything it allocates to its end (the caches of the last build, the site
/// model, the search index), so collecting meanwhile only copies the same data from generation to generation: on
/// 10,000 interviews, 9 collections and 80–90 ms of pauses in a 0.7 s build. A full build is left to the collector:
/// it allocates about 2 GB, and holding off its first collections only raised its peak memory (by 200 MB) without
/// making it faster.
/// </summary>
internal static class CollectionHold
{
    /// <summary>
    /// What may be allocated before the runtime collects again, as usual from then on: the build after one edit of
    /// 10,000 interviews allocates about 120 MB. Memory is taken only as it is used.
    /// </summary>
    public const long Budget = 256L << 20;

    /// <summary>Whether building <paramref name="root"/> into <paramref name="output"/> updates the output of a last build.</summary>
    public static bool Wanted(string root, string output, bool clean) => !clean && File.Exists(BuildCache.ManifestPath(root, output));

    /// <summary>Starts holding off collections; a runtime that cannot (an unusual collector setting) just collects as usual.</summary>
    public static void Start()
    {
        try
        {
            GC.TryStartNoGCRegion(Budget);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // Too large for this collector's configuration, or a hold already started: the build runs all the same.
        }
    }
}
