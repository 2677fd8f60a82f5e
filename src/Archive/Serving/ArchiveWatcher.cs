using Archive.Loading;

namespace Archive.Cli.Serving;

/// <summary>
/// Reports every change to what the build reads: <c>archive.yml</c> and everything under <c>content/</c>,
/// <c>seeds/</c> and <c>templates/</c>. Only those are watched, so the archive's own <c>public/</c> (thousands of
/// folders) costs nothing; a watched folder that is created, replaced or renamed into place is watched anew.
/// </summary>
internal sealed class ArchiveWatcher : IDisposable
{
    private static readonly string[] Folders = [ArchivePaths.Content, ArchivePaths.Seeds, ArchivePaths.Templates];

    private readonly string _root;
    private readonly Action<string> _changed;
    private readonly FileSystemWatcher _top;
    private readonly Dictionary<string, FileSystemWatcher> _folders = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _disposed;

    public ArchiveWatcher(string root, Action<string> changed)
    {
        (_root, _changed) = (root, changed);
        _top = Watcher(root, recursive: false);
        foreach (var folder in Folders)
        {
            WatchFolder(folder);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _top.Dispose();
            foreach (var watcher in _folders.Values)
            {
                watcher.Dispose();
            }
        }
    }

    /// <summary>
    /// Names that editors write beside the file being saved (backups, swap files, Vim's write test); a change to them
    /// alone is no reason to build.
    /// </summary>
    internal static bool IsEditorScratch(string name) =>
        name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal) ||
        name.StartsWith(".#", StringComparison.Ordinal) || name == "4913";

    private FileSystemWatcher Watcher(string path, bool recursive)
    {
        var watcher = new FileSystemWatcher(path)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => OnChange(e.FullPath, appeared: false);
        watcher.Created += (_, e) => OnChange(e.FullPath, appeared: true);
        watcher.Deleted += (_, e) => OnChange(e.FullPath, appeared: true);
        watcher.Renamed += (_, e) =>
        {
            OnChange(e.OldFullPath, appeared: true);
            OnChange(e.FullPath, appeared: true);
        };

        // Too many changes at once for the system to list them: something changed, so build, naming no file.
        watcher.Error += (_, _) => _changed("");
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>Reports a change; <paramref name="appeared"/> marks a name that came or went, which may be a watched folder's.</summary>
    private void OnChange(string fullPath, bool appeared)
    {
        var relative = ArchivePaths.Relative(_root, fullPath);
        var top = relative.Split('/')[0];
        if (IsEditorScratch(Path.GetFileName(fullPath)) || (top != ArchivePaths.Config && !Folders.Contains(top)))
        {
            return;
        }

        if (appeared && relative == top && Folders.Contains(top))
        {
            WatchFolder(top);
        }

        _changed(relative);
    }

    private void WatchFolder(string folder)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            if (_folders.Remove(folder, out var old))
            {
                old.Dispose();
            }

            var path = Path.Combine(_root, folder);
            if (Directory.Exists(path))
            {
                _folders[folder] = Watcher(path, recursive: true);
            }
        }
    }
}
