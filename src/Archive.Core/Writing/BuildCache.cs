using System.Text;

namespace Archive.Writing;

/// <summary>
/// Where incremental builds remember what they wrote and read: <c>.archive-cache/</c> in the archive folder (never
/// inside the output, which is replaced), with a manifest and an interview cache per output folder and, for the whole
/// archive, the parsed metadata and the related interviews. Deleting it, or <c>build --clean</c>, costs one full build.
/// </summary>
public static class BuildCache
{
    public const string Folder = ".archive-cache";

    private const string ManifestPrefix = "output-";
    private const string ManifestExtension = ".manifest";

    public static string ManifestPath(string root, string output)
    {
        var key = ContentHash.Of(Encoding.UTF8.GetBytes(OutputPath(output)));
        return Path.Combine(root, Folder, $"{ManifestPrefix}{key}{ManifestExtension}");
    }

    /// <summary>An output folder as its manifest names it: the full path, without a separator at the end.</summary>
    public static string OutputPath(string output) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));

    /// <summary>
    /// Removes what the cache keeps for output folders that no longer exist (a manifest, an interview cache and spare
    /// files each, hundreds of megabytes for a big archive): builds into folders since deleted would otherwise pile up there. A
    /// manifest that names no folder is of an older version and of no use. <paramref name="current"/>, the manifest of
    /// the build that calls, always stays.
    /// </summary>
    public static void ForgetVanishedOutputs(string root, string current)
    {
        var folder = Path.Combine(root, Folder);
        try
        {
            foreach (var manifest in Directory.EnumerateFiles(folder, $"{ManifestPrefix}*{ManifestExtension}").Where(m => m != current).ToList())
            {
                if (OutputManifest.OutputOf(manifest) is { } output && Directory.Exists(output))
                {
                    continue;
                }

                foreach (var file in new[] { manifest, InterviewsPath(manifest), CommitJournal(manifest) })
                {
                    File.Delete(file);
                }

                if (Directory.Exists(SparesPath(manifest)))
                {
                    Directory.Delete(SparesPath(manifest), recursive: true);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Tidying up only: the output is in place by now, and what cannot be read or removed stays for a later build.
        }
    }

    /// <summary>The interview metadata the last build read (see <see cref="Loading.MetadataCache"/>), shared by every output.</summary>
    public static string MetadataPath(string root) => Path.Combine(root, Folder, "metadata");

    /// <summary>Each interview's related interviews as the last build chose them (see <see cref="RelatedCache"/>), shared by every output.</summary>
    public static string RelatedPath(string root) => Path.Combine(root, Folder, "related");

    /// <summary>What each interview's text gave the build that wrote <paramref name="manifest"/> (see <see cref="InterviewCache"/>).</summary>
    public static string InterviewsPath(string manifest) => Path.ChangeExtension(manifest, ".interviews");

    /// <summary>
    /// The large files of the output of <paramref name="manifest"/> that builds replaced, for the next build to write over
    /// (see <see cref="SpareFiles"/>): a folder, as large as those files.
    /// </summary>
    public static string SparesPath(string manifest) => Path.ChangeExtension(manifest, ".spares");

    private static int _unfinished;

    /// <summary>
    /// Where a cache file shared by every output is written before it is moved into place: a name of its own for each
    /// process and each write, so that a preview and a build of the same archive never write into the same file.
    /// </summary>
    public static string Unfinished(string path) => $"{path}.{Environment.ProcessId}-{Interlocked.Increment(ref _unfinished)}.new";

    /// <summary>Present while changed files are being moved into the output; if a build stops there, the next one starts clean.</summary>
    public static string CommitJournal(string manifest) => manifest + ".committing";
}
