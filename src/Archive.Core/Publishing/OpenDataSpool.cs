using Archive.Modeling;
using Archive.Reading;
using Archive.Rendering.Views;
using Archive.Writing;
using Microsoft.Win32.SafeHandles;

namespace Archive.Publishing;

/// <summary>
/// Holds each interview's open data document, made while its page renders, until <c>data/interviews.json</c> is
/// assembled in archive order: for a build that takes the documents of unchanged interviews from the data file the last
/// build wrote, <paramref name="previous"/> (a build without one writes the file as the pages render, see
/// <see cref="OpenDataInOrder"/>). The new documents go to one temporary file rather than to memory (an archive's whole
/// text would not fit at 100,000 interviews) or to a file per interview (10,000 more files cost more than the rest of
/// the data). Each document's place is kept at its interview's number, one of the <paramref name="interviews"/> of the
/// site. Safe to fill from several threads.
/// </summary>
public sealed class OpenDataSpool(int interviews, SafeFileHandle? previous = null) : IOpenDataDocuments
{
    private readonly SafeFileHandle _file = File.OpenHandle(
        Path.Combine(Path.GetTempPath(), $"archive-open-data-{Guid.NewGuid():N}.tmp"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);

    private readonly (SafeFileHandle? File, long Offset, int Length)[] _documents = new (SafeFileHandle?, long, int)[interviews];
    private readonly Dictionary<string, DocumentPlace> _placed = new(interviews, StringComparer.Ordinal);
    private readonly Lock _append = new();
    private long _end;

    /// <summary>Where each document was put by <see cref="CopyTo"/>, by interview slug: the next build's <paramref name="previous"/>.</summary>
    public IReadOnlyDictionary<string, DocumentPlace> Placed => _placed;

    public void Add(InterviewEntry interview, InterviewView view, Transcript transcript) =>
        OpenData.Interview(interview, view, transcript, document =>
        {
            long offset;
            lock (_append)
            {
                offset = _end;
                _end += document.Length;
            }

            RandomAccess.Write(_file, document, offset);
            _documents[interview.Number] = (_file, offset, document.Length);
        });

    public void Keep(InterviewEntry interview, DocumentPlace place) =>
        _documents[interview.Number] = (previous ?? throw new InvalidOperationException("no data file of an earlier build to keep documents from"), place.Offset, place.Length);

    /// <summary>Nothing to hold: an interview without a document is left out when the file is assembled.</summary>
    public void Skip(InterviewEntry interview)
    {
    }

    /// <summary>
    /// The interviews' documents, newest first, as one JSON array. When every document is where the last build put
    /// it, that file is kept as it is, without a byte read or written.
    /// </summary>
    public void WriteCombined(IPageSink sink, IReadOnlyList<InterviewEntry> interviews)
    {
        var start = OpenData.CombinedStart;
        var separator = OpenData.CombinedSeparator;
        if (KeptInPlace(interviews, start.Length, separator.Length, OpenData.CombinedEnd.Length) && sink.Keep(OpenData.CombinedFile))
        {
            return;
        }

        using var stream = sink.Create(OpenData.CombinedFile);
        stream.Write(start);
        CopyTo(stream, start.Length, interviews, separator);
        stream.Write(OpenData.CombinedEnd);
    }

    /// <summary>
    /// Whether the documents of <paramref name="interviews"/> are all kept from the earlier data file, each where
    /// copying them with the given start, separator and end would put it again: then that file is the one this build
    /// would write, and each document keeps its place.
    /// </summary>
    public bool KeptInPlace(IReadOnlyList<InterviewEntry> interviews, int start, int separator, int end)
    {
        if (previous is null)
        {
            return false;
        }

        var places = new Dictionary<string, DocumentPlace>(interviews.Count, StringComparer.Ordinal);
        long at = start;
        foreach (var interview in interviews)
        {
            var document = _documents[interview.Number];
            if (document.File != previous || document.Offset != at + (places.Count == 0 ? 0 : separator))
            {
                return false;
            }

            at = document.Offset + document.Length;
            places[interview.Slug] = new DocumentPlace(document.Offset, document.Length);
        }

        if (at + end != RandomAccess.GetLength(previous))
        {
            return false;
        }

        _placed.Clear();
        foreach (var (slug, place) in places)
        {
            _placed[slug] = place;
        }

        return true;
    }

    /// <summary>
    /// Copies the document of each of <paramref name="interviews"/> that was added, in their order, to
    /// <paramref name="stream"/>, which already holds <paramref name="written"/> bytes. Documents that follow each other
    /// in the earlier data file, separators included, are copied as one piece: after one edit, that is nearly all of
    /// them, in a few dozen reads and writes instead of two per interview.
    /// </summary>
    public void CopyTo(Stream stream, long written, IReadOnlyList<InterviewEntry> interviews, ReadOnlySpan<byte> separator)
    {
        var run = new List<(string Slug, SafeFileHandle File, long Offset, int Length)>();
        var between = separator.ToArray();

        // One buffer for every piece, as large as the largest piece can be (or as all the documents, if less): grown by
        // doubling, it took about three times that from the large object heap.
        var all = 0L;
        foreach (var interview in interviews)
        {
            all += _documents[interview.Number].Length + separator.Length;
        }

        var buffer = GC.AllocateUninitializedArray<byte>((int)Math.Min(PieceLimit, all));
        var first = true;
        foreach (var interview in interviews)
        {
            var (file, offset, length) = _documents[interview.Number];
            if (file is null)
            {
                continue; // its page failed: the build reports the error and publishes nothing
            }

            if (run.Count > 0 && !Continues(run[^1], (file, offset, length), separator.Length, run[0].Offset))
            {
                Copy(run);
            }

            run.Add((interview.Slug, file, offset, length));
        }

        Copy(run);

        void Copy(List<(string Slug, SafeFileHandle File, long Offset, int Length)> documents)
        {
            if (documents.Count == 0)
            {
                return;
            }

            var from = documents[0].Offset;
            var length = (int)(documents[^1].Offset + documents[^1].Length - from);
            if (buffer.Length < length)
            {
                buffer = GC.AllocateUninitializedArray<byte>(length); // one document larger than a piece
            }

            if (RandomAccess.Read(documents[0].File, buffer.AsSpan(0, length), from) != length)
            {
                throw new IOException($"the open data of {documents[0].Slug} could not be read back");
            }

            if (!Separated(documents, buffer, from, between))
            {
                // Not written with this separator after all: each document on its own.
                var each = documents.ToList();
                documents.Clear();
                each.ForEach(document => Copy([document]));
                return;
            }

            if (!first)
            {
                stream.Write(between);
                written += between.Length;
            }

            stream.Write(buffer, 0, length);
            foreach (var (slug, _, offset, size) in documents)
            {
                _placed[slug] = new DocumentPlace(written + (offset - from), size);
            }

            written += length;
            first = false;
            documents.Clear();
        }
    }

    /// <summary>At most this much is copied in one piece.</summary>
    private const int PieceLimit = 4 << 20;

    /// <summary>Whether <paramref name="next"/> follows <paramref name="last"/> in the same file, one separator apart, within one piece.</summary>
    private static bool Continues((string, SafeFileHandle File, long Offset, int Length) last, (SafeFileHandle File, long Offset, int Length) next, int separator, long pieceStart) =>
        next.File == last.File && next.Offset == last.Offset + last.Length + separator && next.Offset + next.Length - pieceStart <= PieceLimit;

    /// <summary>Whether the bytes between the documents read into <paramref name="buffer"/> are the separator.</summary>
    private static bool Separated(List<(string, SafeFileHandle, long Offset, int Length)> documents, byte[] buffer, long from, ReadOnlySpan<byte> separator)
    {
        for (var i = 1; i < documents.Count; i++)
        {
            var gap = (int)(documents[i - 1].Offset + documents[i - 1].Length - from);
            if (!buffer.AsSpan(gap, separator.Length).SequenceEqual(separator))
            {
                return false;
            }
        }

        return true;
    }

    public void Dispose() => _file.Dispose();
}
