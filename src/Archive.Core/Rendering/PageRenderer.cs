using System.Text;
using Archive.Diagnostics;
using Archive.Loading;
using Archive.Modeling;
using Archive.Publishing;
using Archive.Reading;
using Archive.Rendering.Compiled;
using Archive.Rendering.Views;
using Archive.Writing;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Archive.Rendering;

/// <summary>
/// The render stage: gives each page kind its template and variables, renders it, and wraps it in the layout.
/// One instance serves all threads; each thread passes its own <see cref="TemplateContext"/>.
/// </summary>
public sealed class PageRenderer
{
    private readonly SiteModel _model;
    private readonly TemplateSet _templates;
    private readonly IReadOnlyDictionary<string, InterfaceText> _texts;
    private readonly Dictionary<string, ScriptObject> _textObjects;
    private readonly InterfaceText _siteText;
    private readonly ViewFactory _views;
    private readonly ScriptObject _site;
    private readonly SiteAddress _address;
    private int _reRendered;

    public PageRenderer(SiteModel model, TemplateSet templates, IReadOnlyDictionary<string, InterfaceText> texts)
    {
        _model = model;
        _templates = templates;
        _texts = texts;
        _textObjects = texts.ToDictionary(t => t.Key, t => t.Value.ToScriptObject(), StringComparer.Ordinal);
        _siteText = texts[model.Config.Language];
        _views = new ViewFactory(model, _siteText);
        _address = new SiteAddress(model.Config.BaseUrl);
        _site = new ScriptObject
        {
            ["title"] = model.Config.Title,
            ["description"] = model.Config.Description,
            ["language"] = model.Config.Language,
            ["pages"] = model.Pages.OfType<FreePageView>().Select(p => new ScriptObject { ["title"] = p.Page.Title, ["url"] = p.Url }).ToArray(),
        };
        _site.IsReadOnly = true;
    }

    /// <summary>
    /// Renders one page; an interview page also needs its <paramref name="transcript"/>. Returns null when a template
    /// failed, with the error reported at the template's own file, line and column.
    /// </summary>
    public RenderedPage? Render(SitePage page, Transcript? transcript, TemplateContext context, DiagnosticBag diagnostics) =>
        Produce(page, transcript, context, diagnostics) is { } made
            ? new RenderedPage(page.Url, made.Finished ?? made.Buffer!.ToString(), made.Interview)
            : null;

    /// <summary>
    /// Renders one page and writes it to <paramref name="sink"/> at its address, as UTF-8 straight from the thread's
    /// render buffer. False when a template failed (reported as by <see cref="Render"/>); <paramref name="interview"/>
    /// is the view an interview page was made from.
    /// </summary>
    internal bool RenderTo(IPageSink sink, SitePage page, Transcript? transcript, TemplateContext context, DiagnosticBag diagnostics, out InterviewView? interview)
    {
        interview = null;
        if (Produce(page, transcript, context, diagnostics) is not { } made)
        {
            return false;
        }

        if (made.Buffer is { } buffer)
        {
            sink.Write(page.Url, buffer);
        }
        else
        {
            sink.Write(page.Url, made.Finished!);
        }

        interview = made.Interview;
        return true;
    }

    /// <summary>
    /// The page's text: from the compiled templates, the thread's render buffer (valid until the thread renders its
    /// next page); from the interpreter, a string.
    /// </summary>
    private PageText? Produce(SitePage page, Transcript? transcript, TemplateContext context, DiagnosticBag diagnostics)
    {
        var (template, language, title, variables) = Describe(page, transcript);
        var interview = variables.FirstOrDefault(v => v.Item1 == "interview").Item2 as InterviewView;
        var globals = new ScriptObject
        {
            ["site"] = _site,
            ["t"] = _textObjects[language],
            ["page"] = new ScriptObject
            {
                ["title"] = title,
                ["language"] = language,
                ["url"] = page.Url,
                ["kind"] = template[..^5],
                ["canonical"] = _address.Of(page.Url),
                ["feed"] = !_address.IsKnown ? null : page switch
                {
                    TopicPage topic => $"{SiteModelBuilder.TopicsFolder}/{topic.Topic.Slug}/{AtomFeed.FileName}",
                    PersonPage person => $"{SiteModelBuilder.PeopleFolder}/{person.Person.Slug}/{AtomFeed.FileName}",
                    _ => AtomFeed.FileName,
                },
                ["meta"] = PageMeta.For(page, interview, title, _model.Config),
                ["structured_data"] = page switch
                {
                    InterviewPage => StructuredData.Interview(interview!, page.Url, _address),
                    PersonPage person when person.Links.Number == 1 => StructuredData.Person(_views.Person(person.Person), _address),
                    _ => null,
                },
            },
            ["root"] = page is NotFoundPage ? _model.Config.BaseUrl ?? "/" : Root(page.Depth),
        };
        foreach (var (name, value) in variables)
        {
            globals[name] = value;
        }

        context.PushGlobal(globals);
        try
        {
            if (_templates.Compiled is { } compiled && RenderCompiled(compiled, template, globals, context) is { } buffer)
            {
                return new PageText(null, buffer, interview);
            }

            globals["content"] = _templates[template].Render(context);
            return new PageText(_templates["layout.html"].Render(context), null, interview);
        }
        catch (ScriptRuntimeException e)
        {
            var span = e.Span;
            diagnostics.Error(new SourceLocation(span.FileName ?? $"{ArchivePaths.Templates}/{template}", span.Start.Line + 1, span.Start.Column + 1),
                $"template: {e.OriginalMessage}");
            return null;
        }
        finally
        {
            context.PopGlobal();
        }
    }

    /// <summary>How many pages the compiled templates handed back to the interpreter (none, for the shipped templates).</summary>
    internal int ReRendered => _reRendered;

    /// <summary>The page through the compiled templates, or null when it has to go through the interpreter.</summary>
    private StringBuilder? RenderCompiled(IReadOnlyDictionary<string, CompiledTemplate> compiled, string template, ScriptObject globals, TemplateContext context)
    {
        try
        {
            var scope = new RenderScope(context, globals);
            globals["content"] = scope.RenderContent(compiled[template]);
            return scope.RenderPage(compiled["layout.html"]);
        }
        catch (Exception e) when (e is RenderBailout or ScriptRuntimeException)
        {
            Interlocked.Increment(ref _reRendered);
            return null;
        }
    }

    /// <summary>"../../" for a page two folders deep: every link is relative, so the site works anywhere, even from disk.</summary>
    private static string Root(int depth) => string.Concat(Enumerable.Repeat("../", depth));

    private (string Template, string Language, string Title, IEnumerable<(string, object?)> Variables) Describe(SitePage page, Transcript? transcript)
    {
        var t = _siteText;
        var language = _model.Config.Language;
        return page switch
        {
            HomePage home => ("home.html", language, _model.Config.Title,
            [
                ("interviews", _views.Summaries(home.Newest)),
                ("topics", home.Topics.Select(_views.Topic).ToList()),
                ("people", home.People.Select(_views.Person).ToList()),
                ("counts", new ScriptObject { ["interviews"] = _model.Interviews.Count, ["topics"] = _model.Topics.Count, ["people"] = _model.People.Count }),
            ]),
            InterviewPage interview => InterviewVariables(interview, transcript ?? throw new ArgumentNullException(nameof(transcript))),
            InterviewListPage list => ("interviews.html", language, Titled(t["interviews"], list.Pager.Links),
            [
                ("years", _views.ByYear(list.Pager.Items)),
                ("pager", Pager(list.Pager.Links)),
            ]),
            TopicIndexPage index => ("topics.html", language, Titled(t["topics"], index.Pager.Links),
            [
                ("topics", index.Pager.Items.Select(_views.Topic).ToList()),
                ("pager", Pager(index.Pager.Links)),
            ]),
            TopicPage topic => ("topic.html", language, Titled(topic.Topic.Name, topic.Pager.Links),
            [
                ("topic", _views.Topic(topic.Topic)),
                ("interviews", _views.Summaries(topic.Pager.Items)),
                ("pager", Pager(topic.Pager.Links)),
            ]),
            PeopleIndexPage index => ("people.html", language, Titled(t["people"], index.Pager.Links),
            [
                ("people", index.Pager.Items.Select(_views.Person).ToList()),
                ("pager", Pager(index.Pager.Links)),
            ]),
            PersonPage person => ("person.html", language, Titled(person.Person.Name, person.Links),
            [
                ("person", _views.Person(person.Person)),
                ("given", _views.Summaries(person.Given)),
                ("conducted", _views.Summaries(person.Conducted)),
                ("mentioned", _views.Summaries(person.MentionedIn)),
                ("pager", Pager(person.Links)),
            ]),
            NotFoundPage => ("404.html", language, t["not_found"], []),
            SearchPage => ("search.html", language, t["search"], []),
            FreePageView free => ("page.html", language, free.Page.Title,
            [
                ("body_html", MarkdownRenderer.ToHtml(free.Page.Markdown)),
            ]),
            _ => throw new NotSupportedException($"no template for {page.GetType().Name}"),
        };
    }

    /// <summary>The interview as its page shows it, without rendering the page (for a page kept from the last build).</summary>
    /// <remarks>
    /// The interface (dates, citation) speaks the site's language; the text keeps its own, with its own quotation marks.
    /// </remarks>
    public InterviewView ViewOf(InterviewPage page, Transcript transcript) =>
        _views.Interview(page.Interview, transcript, _texts.GetValueOrDefault(page.Interview.Source.Language)?.Find("quotes"));

    private (string, string, string, IEnumerable<(string, object?)>) InterviewVariables(InterviewPage page, Transcript transcript) =>
        ("interview.html", _model.Config.Language, page.Interview.Title, [("interview", ViewOf(page, transcript))]);

    private string Titled(string title, PageLinks links) =>
        links.Number == 1 ? title : $"{title} ({_siteText["page"]} {links.Number})";

    private static Views.PagerView Pager(PageLinks links) =>
        new(links.Number, links.Count, links.PreviousUrl, links.NextUrl, links.IsPaginated);

    /// <summary>A rendered page's text, either finished (the interpreter's) or in the thread's render buffer (the compiled templates').</summary>
    private readonly record struct PageText(string? Finished, StringBuilder? Buffer, InterviewView? Interview);
}
