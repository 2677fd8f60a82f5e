using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Archive.Writing;

/// <summary>
/// Writes the site into a staging folder beside the output and swaps it into place only on <see cref="Commit"/>:
/// a failed or interrupted build leaves the previous output exactly as it was.
/// Each file costs one open, one write and one close: no locks, no preallocation, no truncation. Each file's hash is
/// kept for the manifest, so that the next build can leave unchanged files alone.
/// </summary>
public sealed class StagedOutput : IPageSink
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _output;
    private readonly string _staging;
    private readonly string _previous;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UInt128> _hashes = new(StringComparer.Ordinal);
    private Dictionary<string, OutputFile>? _manifest;
    private int _files;
    private bool _committed;

    private StagedOutput(string output)
    {
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(_output)!;
        _staging = Path.Combine(parent, $".{Path.GetFileName(_output)}.staging");
        _previous = Path.Combine(parent, $".{Path.GetFileName(_output)}.previous");
        Directory.CreateDirectory(parent);
        if (!Directory.Exists(_output) && Directory.Exists(_previous))
        {
            Directory.Move(_previous, _output); // a build was stopped between the two moves of its commit: restore the last good site
        }

        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true); // left by an interrupted build
        }

        Directory.CreateDirectory(_staging);
        _folders[_staging] = true;
        Write(OutputFolder.Marker, "This folder is written by the interview archive's build and replaced on every build.\n");
    }

    public int FilesWritten => _files;

    public int FilesKept => 0;

    /// <summary>Read from the output after the commit (the modification times are only known then).</summary>
    public IReadOnlyDictionary<string, OutputFile> Files => _manifest ??= new Dictionary<string, OutputFile>(
        _hashes.AsParallel().Select(f => KeyValuePair.Create(f.Key, OutputFile.Of(Path.Combine(_output, f.Key), f.Value))),
        StringComparer.Ordinal);

    public static StagedOutput Open(string output) => new(output);

    public void Write(string url, string content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(content.Length));
        try
        {
            var length = Utf8.GetBytes(content, buffer);
            Write(url, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Write(string url, ReadOnlySpan<byte> content)
    {
        using (SafeFileHandle handle = File.OpenHandle(PathOf(url), FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            RandomAccess.Write(handle, content, 0);
        }

        _hashes[url] = XxHash128.HashToUInt128(content);
        Interlocked.Increment(ref _files);
    }

    public Stream Create(string url)
    {
        var stream = new FileStream(PathOf(url), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        Interlocked.Increment(ref _files);
        return new HashingStream(stream, hash => _hashes[url] = hash);
    }

    public byte[] Read(string url) => File.ReadAllBytes(Path.Combine(_staging, url));

    public void Copy(string sourceFile, string url) => Write(url, File.ReadAllBytes(sourceFile));

    /// <summary>A whole new output keeps nothing of the previous one.</summary>
    public bool Keep(string url) => false;

    public void Commit()
    {
        if (Directory.Exists(_previous))
        {
            Directory.Delete(_previous, recursive: true);
        }

        if (Directory.Exists(_output))
        {
            Directory.Move(_output, _previous);
        }

        Directory.Move(_staging, _output);
        _committed = true;
        if (Directory.Exists(_previous))
        {
            Directory.Delete(_previous, recursive: true);
        }
    }

    /// <summary>Without a commit, the staging folder goes and the previous output stays.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }

    private string PathOf(string url)
    {
        var path = Path.Combine(_staging, url);
        var folder = Path.GetDirectoryName(path)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders[folder] = true;
        }

        return path;
    }
}
