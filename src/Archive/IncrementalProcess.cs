using Archive.Writing;

namespace Archive.Cli;

/// <summary>
/// How a process that runs one incremental build sets up the runtime before the build starts. Such a build lasts well
/// under a second, renders a page or two and keeps nearly everything it allocates to its end (the caches of the last
/// build, the site model, the search index). A full build is left as it is: its pages keep both cores busy for
/// seconds, and what is set here made it slower (or only bigger).
/// </summary>
internal static class IncrementalProcess
{
    /// <summary>
    /// What may be allocated before the runtime collects again, as usual from then on: the build after one edit of
    /// 10,000 interviews allocates about 120 MB. Memory is taken only as it is used.
    /// </summary>
    public const long CollectionBudget = 256L << 20;

    /// <summary>The runtime's switch for generating code at run time (see <see cref="Prepare"/>).</summary>
    public const string DynamicCodeSwitch = "System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported";

    /// <summary>Whether building <paramref name="root"/> into <paramref name="output"/> updates the output of a last build.</summary>
    public static bool Applies(string root, string output, bool clean) => !clean && File.Exists(BuildCache.ManifestPath(root, output));

    /// <summary>
    /// Holds off garbage collections: collecting while such a build runs only copies the same data from generation to
    /// generation (on 10,000 interviews, 9 collections and 80–90 ms of pauses in a 0.7 s build). And has regular
    /// expressions and property reads interpreted rather than compiled to code at run time: YamlDotNet compiles a
    /// regular expression when it is first used, 25–40 ms of every build, while the few pages rendered read too few
    /// properties for compiled readers to pay off. Must run before anything has asked whether code can be generated.
    /// </summary>
    public static void Prepare()
    {
        AppContext.SetSwitch(DynamicCodeSwitch, false);
        try
        {
            GC.TryStartNoGCRegion(CollectionBudget);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // Too large for this collector's configuration, or a hold already started: the build runs all the same.
        }
    }
}
