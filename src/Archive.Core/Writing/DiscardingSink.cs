using System.Text;

namespace Archive.Writing;

/// <summary>For <c>check</c>: every page is rendered (so template errors show) but nothing is written.</summary>
public sealed class DiscardingSink : IPageSink
{
    private int _files;

    public int FilesWritten => _files;

    public int FilesKept => 0;

    public IReadOnlyDictionary<string, OutputFile> Files { get; } = new Dictionary<string, OutputFile>();

    public bool Keep(string url) => false;

    public void Write(string url, string content) => Interlocked.Increment(ref _files);

    public void Write(string url, StringBuilder content) => Interlocked.Increment(ref _files);

    public void Write(string url, ReadOnlySpan<byte> content) => Interlocked.Increment(ref _files);

    public Stream Create(string url)
    {
        Interlocked.Increment(ref _files);
        return Stream.Null;
    }

    public void Copy(string sourceFile, string url) => Interlocked.Increment(ref _files);

    public void Commit()
    {
    }

    public void Dispose()
    {
    }
}
