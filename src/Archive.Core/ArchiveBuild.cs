using Archive.Diagnostics;
using Archive.Loading;
using Archive.Modeling;
using Archive.Publishing;
using Archive.Reading;
using Archive.Rendering;
using Archive.Search;
using Archive.Writing;
using Scriban;

namespace Archive;

/// <summary>
/// The whole build, top to bottom: load the archive → build the site model → read each seed and render each page →
/// write the output. Every step reports into one bag, so an editor sees every problem at once; the output is
/// replaced only when no step found an error.
/// </summary>
public static class ArchiveBuild
{
    public static BuildReport Run(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var timer = new StepTimer();
        var root = Path.GetFullPath(options.Root);

        var (content, published, fingerprints, templates) = Load(root, options, diagnostics, timer);
        var texts = content is null ? null : timer.Time("load interface text", () => LoadInterfaceText(root, content, diagnostics));
        if (content is null || published is null || templates is null || texts is null || diagnostics.HasErrors)
        {
            return new BuildReport(diagnostics.Sorted, 0, 0, timer.Steps) { Elapsed = timer.Elapsed };
        }

        // An incremental build starts from what the last build of this output wrote, which of those files are still
        // on disk as it left them, and what each interview gave it: all read while the site model is built (and the
        // inputs are fingerprinted), since none of them needs another.
        var cache = BuildCache.ManifestPath(root, options.Output);
        var lastBuild = options.WriteOutput
            ? Task.Run(() =>
            {
                var manifest = options.Clean ? null : timer.Time("read the last build", () => PreviousBuild(cache, options.Output));
                var onDisk = manifest is null ? null : timer.Time("look at the last build's files", () => UpdatingOutput.OnDisk(options.Output, manifest.Files));
                return new LastBuild(manifest, onDisk, timer.Time("read the interview cache", () => InterviewCache.Open(BuildCache.InterviewsPath(cache), options.Output, manifest?.Files)));
            })
            : Task.FromResult(new LastBuild(null, null, null));
        var model = timer.Time("build site model", () => BuildModel(root, options, published, content, fingerprints, diagnostics));
        var inputs = fingerprints.GetAwaiter().GetResult();
        var (previous, onDisk, earlier) = lastBuild.GetAwaiter().GetResult();
        using var interviews = earlier;
        if (diagnostics.HasErrors || (options.WriteOutput && !OutputFolder.IsSafe(root, options.Output, diagnostics)))
        {
            return new BuildReport(diagnostics.Sorted, 0, 0, timer.Steps) { Elapsed = timer.Elapsed };
        }

        using IPageSink sink = !options.WriteOutput ? new DiscardingSink()
            : previous is null ? StagedOutput.Open(options.Output)
            : UpdatingOutput.Open(options.Output, previous.Files, onDisk, BuildCache.SparesPath(cache));
        // The last build's search index is patched when it indexed the same interviews with the same tool and templates.
        var earlierSearch = interviews?.EarlierSearch([.. model.Interviews.Select(i => i.Slug)], previous is not null && previous.Inputs.Site == inputs?.Site);
        var search = new SearchIndex(model.Interviews, sink, earlierSearch, options.SearchShardLimit);
        // With the last build's data file to take unchanged documents from, the new documents wait aside until the file
        // is assembled; without one, the file is written as the pages render.
        using IOpenDataDocuments documents = interviews?.EarlierOpenData is { } earlierData
            ? new OpenDataSpool(model.Interviews.Count, earlierData)
            : new OpenDataInOrder(sink, model.Interviews);
        if (previous is null)
        {
            // A build from scratch reads every seed, in the order of the pages (see ReadAhead).
            ReadAhead.Start([.. model.Interviews.Select(i => Path.Combine(root, i.Source.SeedPath))]);
        }

        var renderer = new PageRenderer(model, templates, texts);
        var unchanged = new UnchangedPages(inputs, previous?.Inputs, sink);
        var pages = new PagePass(root, model, templates, renderer, search, documents, sink, unchanged, interviews, diagnostics);
        var rendered = timer.Time("read and render pages", pages.RenderAll);
        // The search index and the site's other files depend on each other in nothing: each takes a core.
        string? note = null;
        Parallel.Invoke(
            () => timer.Time("write search index", () => search.Write(model.Topics, model.People)),
            () => note = timer.Time("write data, feeds and sitemap", () => CompanionFiles.ForSite(sink, model, documents, unchanged.Keep)));
        timer.Time("copy assets", () => CopyAssets(templates, sink));
        if (!diagnostics.HasErrors && inputs is not null && interviews is not null)
        {
            timer.Time("publish output", () =>
            {
                Publish(sink, options.Output, inputs, cache, interviews, documents, search, model.Interviews);
                BuildCache.ForgetVanishedOutputs(root, cache);
            });
        }

        return new BuildReport(diagnostics.Sorted, diagnostics.HasErrors ? 0 : sink.FilesWritten, rendered, timer.Steps, note is null ? [] : [note])
        {
            Elapsed = timer.Elapsed,
            FilesKept = diagnostics.HasErrors ? 0 : sink.FilesKept,
            PagesReRendered = renderer.ReRendered,
            Templates = templates.Compiled is not null ? "compiled" : $"interpreted by Scriban ({templates.NotCompiled ?? "as asked"})",
            SearchIndexPatched = search.Patched,
        };
    }

    /// <summary>
    /// The first stage: the archive's content and templates; the content again with only the interviews published on
    /// the build's day (drafts and embargoed interviews leave no trace: they are gone before any list, index or page is
    /// made); and, for a build that will write, what the pages are made from, to compare with the last build (found
    /// while the next steps begin).
    /// </summary>
    /// <remarks>
    /// The stamps loading took of the archive's files serve the fingerprints only, so the content leaves here without
    /// them: a big archive's 200,000 are not kept while the pages render (in a method of its own, so that no variable of
    /// the long build keeps them either).
    /// </remarks>
    private static (ArchiveContent? Content, ArchiveContent? Published, Task<InputFingerprints?> Inputs, TemplateSet? Templates) Load(
        string root, BuildOptions options, DiagnosticBag diagnostics, StepTimer timer)
    {
        // The archive is read and the templates are parsed side by side: neither needs the other, and each begins with
        // the first use of its library. The templates report into a bag of their own, since each side counts the
        // errors it finds.
        ArchiveContent? loaded = null;
        TemplateSet? templates = null;
        var templateDiagnostics = new DiagnosticBag();
        Parallel.Invoke(
            () => loaded = timer.Time("load content", () => ArchiveLoader.Load(root, diagnostics, !options.WriteOutput ? CacheUse.None : options.Clean ? CacheUse.Refresh : CacheUse.Reuse)),
            () => templates = timer.Time("parse templates", () => TemplateSet.Load(root, templateDiagnostics, compile: !options.Interpreted)));
        diagnostics.AddRange(templateDiagnostics.Sorted);
        var none = Task.FromResult<InputFingerprints?>(null);
        if (loaded is null)
        {
            return (null, null, none, templates);
        }

        var published = loaded with { Interviews = [.. loaded.Interviews.Where(i => i.IsPublishedOn(options.Date, options.IncludeDrafts))] };
        var inputs = options.WriteOutput && templates is not null && !diagnostics.HasErrors
            ? Task.Run(() => timer.Time("compare inputs", () => (InputFingerprints?)InputFingerprints.Of(published, options.IncludeDrafts)))
            : none;
        return (loaded with { Stamps = null }, published with { Stamps = null }, inputs, templates);
    }

    /// <summary>
    /// The site model, with the related interviews the last build chose when no metadata changed since (which the
    /// fingerprints of the inputs tell: they are awaited only when the related interviews are wanted).
    /// </summary>
    private static SiteModel BuildModel(
        string root, BuildOptions options, ArchiveContent published, ArchiveContent content, Task<InputFingerprints?> fingerprints, DiagnosticBag diagnostics)
    {
        IReadOnlyDictionary<string, string[]>? knownRelated = null;
        var model = SiteModelBuilder.Build(published, diagnostics, content.Interviews, () =>
            knownRelated = options.Clean || fingerprints.GetAwaiter().GetResult() is not { } known ? null : RelatedCache.Load(root, known.Content));
        if (fingerprints.GetAwaiter().GetResult() is { } inputs && knownRelated is null && !diagnostics.HasErrors)
        {
            RelatedCache.Save(root, inputs.Content, model.Related);
        }

        return model;
    }

    /// <summary>
    /// The manifest of a build this output can be updated from, or null for a build from scratch: when the last build
    /// stopped while moving files into place, or when the output is not the one the manifest describes (another
    /// build replaced it, which rewrites the marker file).
    /// </summary>
    private static OutputManifest? PreviousBuild(string cache, string output)
    {
        if (File.Exists(BuildCache.CommitJournal(cache)))
        {
            return null;
        }

        var manifest = OutputManifest.Load(cache);
        return manifest is not null && manifest.Files.TryGetValue(OutputFolder.Marker, out var marker) && marker.IsOnDisk(Path.Combine(output, OutputFolder.Marker))
            ? manifest
            : null;
    }

    /// <summary>Puts the output in place, then remembers what it holds and what each interview gave it for the next build.</summary>
    private static void Publish(
        IPageSink sink, string output, InputFingerprints inputs, string cache, InterviewCache interviews, IOpenDataDocuments documents, SearchIndex search,
        IReadOnlyList<InterviewEntry> order)
    {
        var journal = BuildCache.CommitJournal(cache);
        Directory.CreateDirectory(Path.GetDirectoryName(journal)!);
        File.WriteAllText(journal, "");
        sink.Commit();
        Parallel.Invoke(
            () => new OutputManifest(BuildCache.OutputPath(output), inputs, sink.Files).Save(cache),
            () => interviews.Commit([.. order.Select(i => i.Slug)], documents.Placed, search.State));
        File.Delete(journal);
    }

    /// <summary>
    /// What an incremental build starts from, read beside the site model. A class, not a tuple: a task of a tuple is
    /// code the runtime compiles for each build (20 ms), a task of a class is code it ships compiled.
    /// </summary>
    private sealed record LastBuild(OutputManifest? Manifest, IReadOnlySet<string>? OnDisk, InterviewCache? Interviews);

    private static void CopyAssets(TemplateSet templates, IPageSink sink)
    {
        if (!Directory.Exists(templates.AssetsPath))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(templates.AssetsPath, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sink.Copy(file, "assets/" + Path.GetRelativePath(templates.AssetsPath, file).Replace(Path.DirectorySeparatorChar, '/'));
        }
    }

    /// <summary>
    /// The interface text of the site's language (required: every page speaks it) and of the interviews' own languages
    /// where the archive has one (optional: it gives their text its quotation marks).
    /// </summary>
    private static Dictionary<string, InterfaceText>? LoadInterfaceText(string root, ArchiveContent content, DiagnosticBag diagnostics)
    {
        var texts = new Dictionary<string, InterfaceText>(StringComparer.Ordinal);
        if (InterfaceText.Load(root, content.Config.Language, diagnostics) is { } site)
        {
            texts[content.Config.Language] = site;
        }
        else if (!File.Exists(Path.Combine(root, InterfaceText.PathFor(content.Config.Language))))
        {
            diagnostics.Error(new SourceLocation(ArchivePaths.Config), $"the language '{content.Config.Language}' has no interface text: add {InterfaceText.PathFor(content.Config.Language)}");
        }

        foreach (var language in content.Interviews.Select(i => i.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!texts.ContainsKey(language) && File.Exists(Path.Combine(root, InterfaceText.PathFor(language))) &&
                InterfaceText.Load(root, language, diagnostics) is { } text)
            {
                texts[language] = text;
            }
        }

        return diagnostics.HasErrors ? null : texts;
    }
}
