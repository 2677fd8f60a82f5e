using System.Collections.Concurrent;
using Archive.Diagnostics;
using Archive.Modeling;
using Archive.Publishing;
using Archive.Reading;
using Archive.Rendering;
using Archive.Search;
using Archive.Writing;
using Scriban;

namespace Archive;

/// <summary>
/// The pass over every page of the site, on all cores, each thread with its own template context. An interview's
/// seed is read just before its page is rendered and dropped after it is written, so memory does not grow with the
/// archive's text; what the text gives the search index and the open data is collected on the way.
/// </summary>
internal sealed class PagePass(
    string root, SiteModel model, TemplateSet templates, PageRenderer renderer, SearchIndex search, IOpenDataDocuments documents,
    IPageSink sink, UnchangedPages unchanged, InterviewCache? cache, DiagnosticBag diagnostics)
{
    private int _rendered;

    /// <summary>Pages handed to a worker at a time.</summary>
    private const int PagesPerTurn = 16;

    /// <summary>Renders or keeps every page; returns how many were rendered.</summary>
    /// <remarks>
    /// One worker per core. Left to itself, the thread pool adds a thread whenever writing pages makes the workers wait
    /// for the disk: by the end of 100,000 interviews 28 worked at once, each with a template context and a search
    /// tally as large as the archive's vocabulary, and they only took turns on the two cores (63 s and 540 MB against
    /// 58 s and 460 MB with one per core). The pages are handed out in the site's order, a few at a time, so that the
    /// interviews' open data documents come nearly in archive order (see <see cref="OpenDataInOrder"/>): over a list,
    /// Parallel.ForEach would start each worker on a part of its own, one of them halfway down the archive.
    /// </remarks>
    public int RenderAll()
    {
        Parallel.ForEach(
            Partitioner.Create(0, model.Pages.Count, PagesPerTurn),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            templates.NewContext,
            (turn, _, context) =>
            {
                for (var i = turn.Item1; i < turn.Item2; i++)
                {
                    Page(model.Pages[i], context);
                }

                return context;
            },
            _ => { });
        return _rendered;
    }

    private void Page(SitePage page, TemplateContext context)
    {
        if (page is InterviewPage interviewPage)
        {
            Interview(interviewPage, context);
        }
        else if (!unchanged.Keep(page) && renderer.RenderTo(sink, page, null, context, diagnostics, out var _))
        {
            Interlocked.Increment(ref _rendered);
        }
    }

    /// <summary>
    /// An interview whose inputs did not change keeps its page, and what its text gave the last build comes from the
    /// cache: its seed is not read at all. Otherwise the seed is read; a page still on disk is kept, any other rendered.
    /// </summary>
    private void Interview(InterviewPage page, TemplateContext context)
    {
        var interview = page.Interview;
        var keep = unchanged.KeepInterview(page);
        if (keep && cache?.Reuse(interview.Slug, termsLater: search.Patches) is { } cached)
        {
            search.Add(interview, cached.Search);
            documents.Keep(interview, cached.Document);
            diagnostics.AddRange(cached.Diagnostics);
            return;
        }

        var found = new DiagnosticBag();
        var transcript = InterviewTextReader.Read(root, interview.Source, found);
        var view = keep ? renderer.ViewOf(page, transcript) : null;
        if (view is null && renderer.RenderTo(sink, page, transcript, context, found, out var rendering))
        {
            Interlocked.Increment(ref _rendered);
            view = rendering;
        }

        var problems = found.Sorted;
        diagnostics.AddRange(problems);
        if (view is null)
        {
            documents.Skip(interview);
            return;
        }

        documents.Add(interview, view, transcript);
        var contribution = search.Add(interview, view, transcript);
        cache?.Remember(interview.Slug, contribution, problems);
    }
}
