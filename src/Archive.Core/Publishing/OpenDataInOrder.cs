using Archive.Modeling;
using Archive.Reading;
using Archive.Rendering.Views;
using Archive.Writing;

namespace Archive.Publishing;

/// <summary>
/// Writes <c>data/interviews.json</c> while the pages render, each document as soon as every interview before it in
/// archive order has given its own: the file is written once, instead of to a spool first and copied from there (at
/// 100,000 interviews, 1.1 GB written twice and read back once). For a build with no earlier data file to keep
/// documents from. The page pass hands out pages in archive order, a few at a time, so a document that is done before
/// the one ahead of it waits in memory only until the other worker catches up. Safe to fill from several threads.
/// </summary>
public sealed class OpenDataInOrder : IOpenDataDocuments
{
    /// <summary>Stands in the queue for an interview that gives no document.</summary>
    private static readonly byte[] Nothing = [];

    private readonly IReadOnlyList<InterviewEntry> _interviews;
    private readonly Stream _file;
    private readonly byte[]?[] _waiting;
    private readonly Dictionary<string, DocumentPlace> _placed;
    private readonly Lock _gate = new();
    private int _next;
    private long _written;

    /// <summary>Opens the data file in <paramref name="sink"/> for the documents of <paramref name="interviews"/>, the site's, in their order.</summary>
    public OpenDataInOrder(IPageSink sink, IReadOnlyList<InterviewEntry> interviews)
    {
        _interviews = interviews;
        _waiting = new byte[interviews.Count][];
        _placed = new(interviews.Count, StringComparer.Ordinal);
        _file = sink.Create(OpenData.CombinedFile);
        _file.Write(OpenData.CombinedStart);
        _written = OpenData.CombinedStart.Length;
    }

    public IReadOnlyDictionary<string, DocumentPlace> Placed => _placed;

    public void Add(InterviewEntry interview, InterviewView view, Transcript transcript) =>
        OpenData.Interview(interview, view, transcript, document => Arrive(interview.Number, document));

    /// <summary>A build from scratch has no earlier data file: no document is kept from one.</summary>
    public void Keep(InterviewEntry interview, DocumentPlace place) =>
        throw new InvalidOperationException($"no data file of an earlier build to keep the document of {interview.Slug} from");

    public void Skip(InterviewEntry interview) => Arrive(interview.Number, Nothing);

    /// <summary>Puts the document of interview <paramref name="number"/> in the file, or in the queue until its turn.</summary>
    internal void Arrive(int number, ReadOnlySpan<byte> document)
    {
        lock (_gate)
        {
            if (number != _next)
            {
                _waiting[number] = document.IsEmpty ? Nothing : document.ToArray();
                return;
            }

            Put(number, document);
            while (_next < _waiting.Length && _waiting[_next] is { } waiting)
            {
                _waiting[_next] = null;
                Put(_next, waiting);
            }
        }
    }

    public void WriteCombined(IPageSink sink, IReadOnlyList<InterviewEntry> interviews)
    {
        if (!ReferenceEquals(interviews, _interviews) || _next != _interviews.Count)
        {
            throw new InvalidOperationException($"the data file is complete only once every interview gave its document ({_next} of {_interviews.Count})");
        }

        _file.Write(OpenData.CombinedEnd);
        _file.Dispose();
    }

    /// <summary>Without <see cref="WriteCombined"/> (a failed build), the file is closed as far as it got; nothing publishes it.</summary>
    public void Dispose() => _file.Dispose(); // a second disposal of the stream does nothing

    private void Put(int number, ReadOnlySpan<byte> document)
    {
        _next = number + 1;
        if (document.IsEmpty)
        {
            return;
        }

        if (_placed.Count > 0)
        {
            _file.Write(OpenData.CombinedSeparator);
            _written += OpenData.CombinedSeparator.Length;
        }

        _file.Write(document);
        _placed[_interviews[number].Slug] = new DocumentPlace(_written, document.Length);
        _written += document.Length;
    }
}
