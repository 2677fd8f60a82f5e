using Archive.Loading;

namespace Archive.Scaffolding;

/// <summary>
/// Creates a new archive in an empty folder from the files the tool carries: the starter archive (settings, an about
/// page, people and topics files, and one example interview that explains how a seed is read) and the site's
/// templates, copied as they are. Refuses a folder that holds anything, so nothing of an editor's is overwritten.
/// </summary>
public static class ArchiveStarter
{
    /// <summary>The files written, relative to <paramref name="folder"/>; or why nothing was.</summary>
    public static (IReadOnlyList<string> Files, string? Error) Create(string folder, string starter, string templates)
    {
        var target = Path.GetFullPath(folder);
        if (File.Exists(target))
        {
            return ([], $"{folder} is a file; name a new or empty folder");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            return ([], $"{folder} is not empty; a new archive is created only in a new or empty folder, so that nothing in it is overwritten");
        }

        if (!File.Exists(Path.Combine(starter, ArchivePaths.Config)) || !Directory.Exists(templates))
        {
            return ([], $"the starter archive or the templates are missing beside the tool ({starter}, {templates}); reinstall the tool");
        }

        var written = new List<string>();
        Copy(starter, target, written);
        Copy(templates, Path.Combine(target, ArchivePaths.Templates), written);
        foreach (var empty in new[] { ArchivePaths.Interviews, ArchivePaths.Seeds, ArchivePaths.Pages })
        {
            Directory.CreateDirectory(Path.Combine(target, empty));
        }

        return ([.. written.Select(f => ArchivePaths.Relative(target, f)).Order(StringComparer.Ordinal)], null);
    }

    private static void Copy(string from, string to, List<string> written)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: false);
            written.Add(copy);
        }
    }
}
