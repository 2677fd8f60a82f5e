
namespace Archive.Writing;

/// <summary>
/// A build from scratch: writes the whole site into a staging folder beside the output and swaps it into place only
/// on <see cref="Commit"/>, so a failed or interrupted build leaves the previous output exactly as it was. Each file's
/// hash is kept for the manifest, so that the next build can leave unchanged files alone.
/// </summary>
public sealed class StagedOutput : IPageSink
{
    private readonly string _output;
    private readonly StagingFolder _staging;
    private readonly string _previous;
    // A plain table under a lock rather than a concurrent one: a big archive writes 150,000 files, and a concurrent
    // table's node per file held twice the memory of an entry.
    private readonly Dictionary<string, OutputFile> _files = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _committed;

    private StagedOutput(string output)
    {
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(_output)!;
        _previous = Path.Combine(parent, $".{Path.GetFileName(_output)}.previous");
        Directory.CreateDirectory(parent);
        if (!Directory.Exists(_output) && Directory.Exists(_previous))
        {
            Directory.Move(_previous, _output); // a build was stopped between the two moves of its commit: restore the last good site
        }

        _staging = new StagingFolder(Path.Combine(parent, $".{Path.GetFileName(_output)}.staging"));
        ((IPageSink)this).Write(OutputFolder.Marker, "This folder is written by the interview archive's build and replaced on every build.\n");
    }

    public int FilesWritten
    {
        get
        {
            lock (_gate)
            {
                return _files.Count;
            }
        }
    }

    public int FilesKept => 0;

    /// <summary>Every file written, for the manifest: read once the writing is done.</summary>
    public IReadOnlyDictionary<string, OutputFile> Files => _files;

    public static StagedOutput Open(string output) => new(output);

    public void Write(string url, ReadOnlySpan<byte> content) =>
        Record(url, _staging.Write(url, content, ContentHash.Of(content)));

    public Stream Create(string url) =>
        new HashingStream(_staging.Create(url), hash => Record(url, OutputFile.Of(_staging.PathOf(url), hash)));

    public void Copy(string sourceFile, string url) => Write(url, File.ReadAllBytes(sourceFile));

    /// <summary>A whole new output keeps nothing of the previous one.</summary>
    public bool Keep(string url) => false;

    public void Commit()
    {
        if (Directory.Exists(_previous))
        {
            DiskWork.DeleteTree(_previous);
        }

        // Where the system can, the new site and the previous one change places in one step, so that the output folder
        // is there at every moment (a web server serving it never finds it missing); the previous site is then deleted
        // under the staging folder's name. Elsewhere, two moves.
        if (Directory.Exists(_output) && FileSwap.TrySwap(_staging.Path, _output))
        {
            _committed = true;
            _staging.Delete();
            return;
        }

        if (Directory.Exists(_output))
        {
            Directory.Move(_output, _previous);
        }

        Directory.Move(_staging.Path, _output);
        _committed = true;
        if (Directory.Exists(_previous))
        {
            DiskWork.DeleteTree(_previous);
        }
    }

    private void Record(string url, OutputFile file)
    {
        lock (_gate)
        {
            _files[url] = file;
        }
    }

    /// <summary>Without a commit, the staging folder goes and the previous output stays.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            _staging.Delete();
        }
    }
}
