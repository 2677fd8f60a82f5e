using Microsoft.Win32.SafeHandles;

namespace Archive.Writing;

/// <summary>
/// The folder beside the output that a build fills before anything becomes visible, from several threads at once.
/// Each file costs one open, one write and one close: no locks, no preallocation, no truncation. A file is named by
/// its path inside the folder: its url in the site when the whole output is staged, a number when only changed
/// files are.
/// </summary>
internal sealed class StagingFolder
{
    /// <summary>Starts empty: whatever an interrupted build left there is removed.</summary>
    public StagingFolder(string path)
    {
        Path = path;
        if (Directory.Exists(path))
        {
            DiskWork.DeleteTree(path);
        }

        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The editor named the output, not this folder beside it: say what it is for.
            throw new IOException($"cannot create {path}, where the build puts the site together before it replaces the output: {e.Message}", e);
        }
    }

    public string Path { get; }

    /// <summary>
    /// Writes the file and returns what the manifest records of it. Its modification time is read from the open handle:
    /// moving the folder into place keeps it, so the output needs no second pass of one stat per file.
    /// </summary>
    public OutputFile Write(string name, ReadOnlySpan<byte> content, ContentHash hash)
    {
        using SafeFileHandle handle = File.OpenHandle(InNewFolder(name), FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, content, 0);
        return new OutputFile(hash, content.Length, File.GetLastWriteTimeUtc(handle).Ticks);
    }

    public FileStream Create(string name) =>
        new(InNewFolder(name), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);

    /// <summary>A file put here under <paramref name="name"/> (a spare, see <see cref="SpareFiles"/>), written over from its start.</summary>
    public FileStream WriteOver(string name) =>
        new(PathOf(name), FileMode.Open, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);

    /// <summary>The file's place in the staging folder.</summary>
    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>The place of a file about to be written, its folder created (the staging folder itself exists).</summary>
    /// <remarks>
    /// Folders made are not remembered: nearly every page has a folder of its own, so a set of them would hold a path
    /// per page for the whole build (about 20 MB at 100,000 interviews) to save one look at a folder per file in the few
    /// folders pages share.
    /// </remarks>
    private string InNewFolder(string name)
    {
        var path = PathOf(name);
        if (name.Contains('/', StringComparison.Ordinal))
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        }

        return path;
    }

    /// <summary>Removes the folder and what is in it, if it is still there.</summary>
    public void Delete()
    {
        if (Directory.Exists(Path))
        {
            DiskWork.DeleteTree(Path);
        }
    }
}
