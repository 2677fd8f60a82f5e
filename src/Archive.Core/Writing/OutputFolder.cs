using Archive.Diagnostics;
using Archive.Loading;

namespace Archive.Writing;

/// <summary>
/// Decides whether a folder may receive the site. The build replaces the whole output folder, so it must never be
/// the archive itself, a folder of the archive's content, an ancestor of it, or someone else's non-empty folder.
/// A folder the tool created carries a marker file.
/// </summary>
public static class OutputFolder
{
    public const string Marker = ".archive-output";

    public static bool IsSafe(string root, string output, DiagnosticBag diagnostics)
    {
        var site = Normalize(root);
        var target = Normalize(output);
        var location = new SourceLocation(ArchivePaths.Config);
        string[] protectedFolders = [site, .. new[] { ArchivePaths.Seeds, ArchivePaths.Content, ArchivePaths.Templates }.Select(f => Normalize(Path.Combine(root, f)))];
        if (protectedFolders.Any(p => target == p || p.StartsWith(target, StringComparison.Ordinal)))
        {
            diagnostics.Error(location, $"refusing to write the site into {output}: it is the archive or holds its content; choose another --output");
            return false;
        }

        if (protectedFolders.Skip(1).Any(p => target.StartsWith(p, StringComparison.Ordinal)))
        {
            diagnostics.Error(location, $"refusing to write the site into {output}: it lies inside the archive's own content; choose another --output");
            return false;
        }

        if (File.Exists(output) || (Path.GetDirectoryName(Path.GetFullPath(output)) is { } parent && File.Exists(parent)))
        {
            diagnostics.Error(location, $"refusing to write the site into {output}: {(File.Exists(output) ? "it is" : "its parent is")} a file, not a folder; choose another --output");
            return false;
        }

        if (Directory.Exists(output) && !File.Exists(Path.Combine(output, Marker)) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            diagnostics.Error(location, $"refusing to replace {output}: it is not empty and was not made by this tool; choose another --output or empty it");
            return false;
        }

        return true;
    }

    /// <summary>A full path ending in a separator, so that "/a/b" is not taken for a parent of "/a/bc".</summary>
    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) + Path.DirectorySeparatorChar;
}
