using Archive.Diagnostics;
using Archive.Loading;
using Archive.Modeling;
using Archive.Reading;
using Archive.Rendering;
using Archive.Search;
using BenchmarkDotNet.Attributes;
using Scriban;

namespace Archive.MicroBench;

/// <summary>The per-interview work of a build, measured on the repository's sample archive.</summary>
[MemoryDiagnoser]
public class HotSpots
{
    private readonly string _name = "Andrés Manuel López Obrador";
    private string _root = "";
    private InterviewPage _page = null!;
    private Transcript _transcript = null!;
    private PageRenderer _renderer = null!;
    private PageRenderer _interpreter = null!;
    private TemplateContext _context = null!;
    private TemplateContext _interpreterContext = null!;

    [GlobalSetup]
    public void Load()
    {
        _root = FindRepository();
        var diagnostics = new DiagnosticBag();
        var content = ArchiveLoader.Load(_root, diagnostics) ?? throw new InvalidOperationException("the sample archive did not load");
        var templates = TemplateSet.Load(_root, diagnostics) ?? throw new InvalidOperationException("the templates did not parse");
        var model = SiteModelBuilder.Build(content, diagnostics, content.Interviews);
        var text = InterfaceText.Load(_root, content.Config.Language, diagnostics) ?? throw new InvalidOperationException("no interface text");
        var texts = new Dictionary<string, InterfaceText> { [content.Config.Language] = text };
        _renderer = new PageRenderer(model, templates, texts);
        _context = templates.NewContext();
        var interpreted = TemplateSet.Load(_root, diagnostics, compile: false) ?? throw new InvalidOperationException("the templates did not parse");
        _interpreter = new PageRenderer(model, interpreted, texts);
        _interpreterContext = interpreted.NewContext();
        _page = model.Pages.OfType<InterviewPage>().First();
        _transcript = InterviewTextReader.Read(_root, _page.Interview.Source, diagnostics);
    }

    [Benchmark]
    public Transcript ReadSeed() => InterviewTextReader.Read(_root, _page.Interview.Source, new DiagnosticBag());

    [Benchmark]
    public string SlugOfAName() => Slug.From(_name);

    [Benchmark]
    public int FoldSearchTerms()
    {
        var count = 0;
        foreach (var paragraph in _transcript.Paragraphs)
        {
            SearchTerms.Each(paragraph.Text, _ => count++);
        }

        return count;
    }

    [Benchmark]
    public string? RenderInterviewPage() => _renderer.Render(_page, _transcript, _context, new DiagnosticBag())?.Html;

    /// <summary>The same page through Scriban's interpreter, as templates the compiled path does not cover are rendered.</summary>
    [Benchmark]
    public string? RenderInterviewPageInterpreted() => _interpreter.Render(_page, _transcript, _interpreterContext, new DiagnosticBag())?.Html;

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Archive.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmarks inside the repository");
    }
}
