using System.Diagnostics.CodeAnalysis;
using Archive.Diagnostics;
using Archive.Loading;
using Archive.Rendering.Compiled;
using Scriban;
using Scriban.Runtime;

namespace Archive.Rendering;

/// <summary>
/// The site's Scriban templates, each parsed once, and the settings every render uses: undefined variables are
/// errors, loops may run as long as the biggest index needs, snake_case member names, includes confined to templates/.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>One template per page kind, plus the layout that wraps each page.</summary>
    public static readonly IReadOnlyList<string> PageTemplates =
        ["layout.html", "404.html", "home.html", "interview.html", "interviews.html", "topics.html", "topic.html", "people.html", "person.html", "page.html", "search.html"];

    private const string AssetsFolder = "assets";
    private const string TextFolder = "i18n";

    private readonly IReadOnlyDictionary<string, Template> _templates;
    private readonly TemplateLoader _loader;
    private readonly ScriptObject _functions;

    // Scriban imports the helpers by reflection; compiled ahead of time (the Standalone profile), the trimmer is told to
    // keep them.
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(TemplateFunctions))]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "TemplateFunctions' public methods are kept by the DynamicDependency above.")]
    private TemplateSet(string folder, IReadOnlyDictionary<string, Template> templates, bool compile)
    {
        Folder = folder;
        _templates = templates;
        _loader = new TemplateLoader(folder);
        _functions = new ScriptObject();
        _functions.Import(typeof(TemplateFunctions), renamer: StandardMemberRenamer.Default);
        _functions.IsReadOnly = true;
        if (compile)
        {
            Compiled = TemplateCompiler.TryCompile(templates, _loader.NameOf, NewContext().AutoIndent, out var reason);
            NotCompiled = reason;
        }
    }

    public string Folder { get; }

    /// <summary>
    /// The templates compiled (see <see cref="TemplateCompiler"/>), or null when they use what only Scriban's
    /// interpreter covers; <see cref="NotCompiled"/> then says what, for --verbose.
    /// </summary>
    internal IReadOnlyDictionary<string, CompiledTemplate>? Compiled { get; }

    internal string? NotCompiled { get; }

    /// <summary>The static files the templates use (stylesheet), copied to the output's assets/ folder.</summary>
    public string AssetsPath => Path.Combine(Folder, AssetsFolder);

    public Template this[string name] => _templates[name];

    /// <param name="compile">False renders every page with Scriban's interpreter (the reference the compiled path is tested against).</param>
    public static TemplateSet? Load(string root, DiagnosticBag diagnostics, bool compile = true)
    {
        var folder = Path.Combine(root, ArchivePaths.Templates);
        if (!Directory.Exists(folder))
        {
            diagnostics.Error(new SourceLocation(ArchivePaths.Templates), "the archive has no templates/ folder");
            return null;
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var errors = diagnostics.ErrorCount;
        foreach (var file in Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = NameOf(folder, file);
            if (name.StartsWith(AssetsFolder + "/", StringComparison.Ordinal))
            {
                continue;
            }

            var path = ArchivePaths.Relative(root, file);
            var template = Template.Parse(File.ReadAllText(file), path);
            foreach (var message in template.Messages)
            {
                var at = new SourceLocation(path, message.Span.Start.Line + 1, message.Span.Start.Column + 1);
                if (message.Type == Scriban.Parsing.ParserMessageType.Error)
                {
                    diagnostics.Error(at, $"template: {message.Message}");
                }
                else
                {
                    diagnostics.Warning(at, $"template: {message.Message}");
                }
            }

            templates[name] = template;
        }

        foreach (var missing in PageTemplates.Where(t => !templates.ContainsKey(t)))
        {
            diagnostics.Error(new SourceLocation($"{ArchivePaths.Templates}/{missing}"), "this page template is missing");
        }

        return diagnostics.ErrorCount > errors ? null : new TemplateSet(folder, templates, compile);
    }

    /// <summary>
    /// A fresh context for one thread. Contexts are not thread-safe; a renderer keeps one per thread and reuses it
    /// for every page that thread renders.
    /// </summary>
    public TemplateContext NewContext()
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = int.MaxValue,
            RecursiveLimit = 64,
            MemberRenamer = StandardMemberRenamer.Default,
            TemplateLoader = _loader,
        };
        foreach (var (name, template) in _templates)
        {
            context.CachedTemplates[name] = template;
        }

        context.PushGlobal(_functions);
        return context;
    }

    internal static string NameOf(string folder, string fullPath) =>
        Path.GetRelativePath(folder, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
