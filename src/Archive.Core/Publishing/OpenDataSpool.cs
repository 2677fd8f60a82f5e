using System.Collections.Concurrent;
using Archive.Modeling;
using Archive.Reading;
using Archive.Rendering.Views;
using Microsoft.Win32.SafeHandles;

namespace Archive.Publishing;

/// <summary>
/// Holds each interview's open data document, made while its page renders, until <c>data/interviews.json</c> is
/// assembled in archive order. The documents go to one temporary file rather than to memory (an archive's whole text
/// would not fit at 100,000 interviews) or to a file per interview (10,000 more files cost more than the rest of the
/// data). Safe to fill from several threads.
/// </summary>
public sealed class OpenDataSpool : IDisposable
{
    private readonly SafeFileHandle _file;
    private readonly ConcurrentDictionary<string, (long Offset, int Length)> _documents = new(StringComparer.Ordinal);
    private readonly Lock _append = new();
    private long _end;

    public OpenDataSpool()
    {
        _file = File.OpenHandle(
            Path.Combine(Path.GetTempPath(), $"archive-open-data-{Guid.NewGuid():N}.tmp"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
    }

    public void Add(InterviewEntry interview, InterviewView view, Transcript transcript)
    {
        var document = OpenData.Interview(interview, view, transcript);
        long offset;
        lock (_append)
        {
            offset = _end;
            _end += document.Length;
        }

        RandomAccess.Write(_file, document, offset);
        _documents[interview.Slug] = (offset, document.Length);
    }

    /// <summary>Copies the document of each of <paramref name="interviews"/> that was added, in their order.</summary>
    public void CopyTo(Stream stream, IReadOnlyList<InterviewEntry> interviews, ReadOnlySpan<byte> separator)
    {
        var buffer = Array.Empty<byte>();
        var first = true;
        foreach (var interview in interviews)
        {
            if (!_documents.TryGetValue(interview.Slug, out var document))
            {
                continue; // its page failed: the build reports the error and publishes nothing
            }

            if (buffer.Length < document.Length)
            {
                buffer = new byte[Math.Max(document.Length, buffer.Length * 2)];
            }

            RandomAccess.Read(_file, buffer.AsSpan(0, document.Length), document.Offset);
            if (!first)
            {
                stream.Write(separator);
            }

            stream.Write(buffer, 0, document.Length);
            first = false;
        }
    }

    public void Dispose() => _file.Dispose();
}
