using Archive.Modeling;
using Archive.Reading;
using Archive.Rendering.Views;
using Archive.Writing;

namespace Archive.Publishing;

/// <summary>
/// Collects each interview's open data document while its page renders, and makes <c>data/interviews.json</c> of them in
/// archive order. Two ways: <see cref="OpenDataInOrder"/> writes the file as the documents come, for a build with no
/// earlier data file; <see cref="OpenDataSpool"/> holds them aside, for a build that takes unchanged documents from the
/// data file the last build wrote. Safe to fill from several threads.
/// </summary>
public interface IOpenDataDocuments : IDisposable
{
    /// <summary>The document of an interview whose page was just rendered (or kept) from its text.</summary>
    void Add(InterviewEntry interview, InterviewView view, Transcript transcript);

    /// <summary>Takes the interview's document, unchanged, from where the last build put it.</summary>
    void Keep(InterviewEntry interview, DocumentPlace place);

    /// <summary>The interview gives no document: its page failed (the build reports why and publishes nothing).</summary>
    void Skip(InterviewEntry interview);

    /// <summary>Completes <c>data/interviews.json</c> once every interview was added, kept or skipped.</summary>
    void WriteCombined(IPageSink sink, IReadOnlyList<InterviewEntry> interviews);

    /// <summary>Where each document stands in the data file, by interview slug, once it is written: for the next build.</summary>
    IReadOnlyDictionary<string, DocumentPlace> Placed { get; }
}
