using Archive.Writing;

namespace Archive.Cli;

/// <summary>
/// How a process that runs one incremental build sets up the runtime before the build starts. Such a build renders a
/// page or two and keeps nearly everything it allocates to its end (the caches of the last build, the site model, the
/// search index). A full build is left as it is: its pages keep both cores busy for seconds, and what is set here made
/// it slower (or only bigger).
/// </summary>
internal static class IncrementalProcess
{
    /// <summary>The runtime's switch for generating code at run time (see <see cref="Prepare"/>).</summary>
    public const string DynamicCodeSwitch = "System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported";

    /// <summary>
    /// What such a build allocates per byte of the last build's manifest (a line per output file), with room: after
    /// one edit, 10,000 interviews (a 2 MB manifest) allocate about 120 MB, 100,000 (19 MB) about 940 MB.
    /// </summary>
    private const long AllocatedPerManifestByte = 128;

    private const long LeastBudget = 256L << 20;
    private const long MostBudget = 1L << 30;

    /// <summary>
    /// The last build's manifest when building <paramref name="root"/> into <paramref name="output"/> updates that
    /// build's output; null for a full build (none yet, or --clean).
    /// </summary>
    public static FileInfo? LastManifest(string root, string output, bool clean) =>
        !clean && new FileInfo(BuildCache.ManifestPath(root, output)) is { Exists: true } manifest ? manifest : null;

    /// <summary>
    /// What the build may allocate before the runtime collects, as usual from then on: what the archive's size
    /// suggests, at least 256 MB, at most 1 GB and an eighth of the memory the process may use. Memory is taken only as
    /// it is used, but a build that renders every page again (a template changed) uses all of it before it collects.
    /// </summary>
    public static long CollectionBudget(long manifestLength, long availableMemory) =>
        Math.Min(Math.Max(manifestLength * AllocatedPerManifestByte, LeastBudget), Math.Min(MostBudget, availableMemory / 8));

    /// <summary>
    /// Holds off garbage collections: collecting while such a build runs only copies the same data from generation to
    /// generation (on 10,000 interviews, 9 collections and 80–90 ms of pauses in a 0.7 s build; on 100,000, 36 and
    /// more than a second). And has regular expressions and property reads interpreted rather than compiled to code at
    /// run time: YamlDotNet compiles a regular expression when it is first used, 25–40 ms of every build, while the
    /// few pages rendered read too few properties for compiled readers to pay off. Must run before anything has asked
    /// whether code can be generated.
    /// </summary>
    public static void Prepare(FileInfo lastManifest)
    {
        AppContext.SetSwitch(DynamicCodeSwitch, false);
        try
        {
            GC.TryStartNoGCRegion(CollectionBudget(lastManifest.Length, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // Too large for this collector's configuration, or a hold already started: the build runs all the same.
        }
    }
}
