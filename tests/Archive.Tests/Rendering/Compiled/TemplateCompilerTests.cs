using Archive.Rendering;
using Archive.Rendering.Compiled;
using Archive.Rendering.Views;
using Scriban;
using Scriban.Runtime;

namespace Archive.Tests.Rendering.Compiled;

/// <summary>
/// The compiled templates write exactly what Scriban's interpreter writes for the same template and values; what they
/// do not cover is refused when compiling, or handed back to the interpreter while rendering.
/// </summary>
public class TemplateCompilerTests
{
    private const string Partial = "partials/names.html";

    [Theory]
    [InlineData("plain text, <b>markup</b> and all\n")]
    [InlineData("{{ title }}|{{ title | escape }}|{{ count }}|{{ flag }}|{{ nothing }}|{{ nothing | escape }}|")]
    [InlineData("{{ if flag }}yes{{ else }}no{{ end }}{{ if nothing }}a{{ else if count > 2 }}b{{ else }}c{{ end }}")]
    [InlineData("{{ for link in links }}{{ for.index }}:{{ link.name | escape }}{{ if !for.last }}, {{ end }}{{ end }}")]
    [InlineData("{{ for w in words }}{{ w }} {{ for.first }} {{ for.last }} {{ for.even }} {{ for.odd }} {{ for.rindex }} {{ for.changed }};{{ end }}")]
    [InlineData("{{ for link in links }}{{ for w in words }}{{ link.slug }}-{{ w }}-{{ for.index }} {{ end }}{{ end }}")]
    [InlineData("{{ for x in none }}x{{ else }}none{{ end }}|{{ for x in nothing }}y{{ else }}z{{ end }}")]
    [InlineData("{{ links.size }} {{ none.size > 0 }} {{ page.kind == 'interview' }} {{ page.kind != 'home' && flag }} {{ nothing || count }} {{ (count >= 3) }}")]
    [InlineData("{{ anchor | string.slice 1 }} {{ anchor | string.slice 0 1 }}")]
    [InlineData("<dd>{{ names = links; include 'partials/names.html' }}</dd>{{ names.size }}")]
    [InlineData("{{ for link in links }}{{ last = link.name }}{{ end }}{{ last }}")]
    [InlineData("{{ for x in mixed }}{{ x.name }} {{ x.url }};{{ end }}{{ for x in mixed }}{{ x.slug }}{{ end }}")]
    [InlineData("<ul>\n{{~ for link in links ~}}\n<li>{{ link.url }}</li>\n{{~ end ~}}\n</ul>\n")]
    public void Writes_what_the_interpreter_writes(string text)
    {
        var templates = Parse(text);
        var compiled = Compile(templates);

        var expected = templates["page.html"].Render(Context(templates));
        var actual = new RenderScope(Context(templates), Globals()).RenderPage(compiled["page.html"]).ToString();

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("{{ capture c }}x{{ end }}", "ScriptCaptureStatement")]
    [InlineData("{{ for link in links limit:1 }}{{ end }}", "options")]
    [InlineData("<p>\n  {{ title }}\n</p>", "indented output")]
    [InlineData("{{ title | string.upcase }}", "a call other than escape or string.slice")]
    [InlineData("{{ count + 1 }}", "the operator +")]
    [InlineData("{{ include 'partials/missing.html' }}", "include")]
    [InlineData("{{ escape = 1 }}", "assignment")]
    [InlineData("{{ for.index }}", "'for' outside a loop")]
    public void Refuses_what_only_the_interpreter_covers(string text, string reason)
    {
        var compiled = TemplateCompiler.TryCompile(Parse(text), name => name, autoIndent: true, out var why);

        Assert.Null(compiled);
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ no_such_variable }}")]
    [InlineData("{{ count.name }}")]
    [InlineData("{{ page.no_such_member }}")]
    [InlineData("{{ for c in title }}{{ c }}{{ end }}")]
    [InlineData("{{ nothing | string.slice 1 }}")]
    public void Hands_the_unexpected_back_to_the_interpreter(string text)
    {
        var templates = Parse(text);
        var compiled = Compile(templates);

        Assert.Throws<RenderBailout>(() => new RenderScope(Context(templates), Globals()).RenderPage(compiled["page.html"]));
    }

    [Fact]
    public void Indented_output_compiles_when_the_context_does_not_indent()
    {
        Assert.NotNull(TemplateCompiler.TryCompile(Parse("<p>\n  {{ title }}\n</p>"), name => name, autoIndent: false, out _));
    }

    private static IReadOnlyDictionary<string, CompiledTemplate> Compile(Dictionary<string, Template> templates)
    {
        var compiled = TemplateCompiler.TryCompile(templates, name => name, autoIndent: true, out var reason);
        Assert.True(compiled is not null, reason);
        return compiled;
    }

    private static Dictionary<string, Template> Parse(string text) => new(StringComparer.Ordinal)
    {
        ["page.html"] = Template.Parse(text, "page.html"),
        [Partial] = Template.Parse("{{~ for person in names }}<a href=\"{{ person.url }}\">{{ person.name | escape }}</a>{{ if !for.last }}, {{ end }}{{ end ~}}\n", Partial),
    };

    /// <summary>A context set up as the site's (<see cref="TemplateSet.NewContext"/>), with the page's values pushed.</summary>
    private static TemplateContext Context(Dictionary<string, Template> templates)
    {
        var functions = new ScriptObject();
        functions.Import(typeof(TemplateFunctions), renamer: StandardMemberRenamer.Default);
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            MemberRenamer = StandardMemberRenamer.Default,
            TemplateLoader = new TemplateLoader(Path.Combine(Path.GetTempPath(), "templates")),
        };
        foreach (var (name, template) in templates)
        {
            context.CachedTemplates[name] = template;
        }

        context.PushGlobal(functions);
        context.PushGlobal(Globals());
        return context;
    }

    private static ScriptObject Globals() => new()
    {
        ["title"] = "Fragen & <Antworten>",
        ["count"] = 3,
        ["flag"] = true,
        ["nothing"] = null,
        ["anchor"] = "q12",
        ["links"] = new[] { new LinkView("Ana <A>", "ana", "people/ana/"), new LinkView("Ben", "ben", "people/ben/") },
        ["words"] = new List<string> { "a", "b", "b", "c" },
        ["none"] = Array.Empty<string>(),
        ["mixed"] = new object[] { new LinkView("Ana", "ana", "people/ana/"), new TopicView("Exil & Rückkehr", "exil", "topics/exil/", 2, null), new LinkView("Ben", "ben", "people/ben/") },
        ["page"] = new ScriptObject { ["kind"] = "interview" },
    };
}
