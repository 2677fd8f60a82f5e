using System.Security.Cryptography;
using Archive.Bench;
using Archive.Diagnostics;
using Archive.Rendering;
using Archive.Tests.Support;

namespace Archive.Tests.Rendering.Compiled;

/// <summary>
/// A whole site rendered through the compiled templates is the site Scriban's interpreter renders, byte for byte, and
/// a template error met on the compiled path is still reported where the interpreter reports it.
/// </summary>
public class CompiledRenderingTests
{
    [Fact]
    public void The_shipped_templates_compile()
    {
        var templates = TemplateSet.Load(Repository.Root, new DiagnosticBag());

        Assert.NotNull(templates);
        Assert.True(templates.Compiled is not null, templates.NotCompiled);
    }

    [Fact]
    public void The_shipped_templates_render_every_page_as_the_interpreter_does()
    {
        using var archive = TempArchive.OfSample()
            .AddInterview("zweites", title: "Ein 'zweites' <Gespräch> & mehr", topics: "[Mexiko, Migration]",
                extra: "source: Radio & Co\nurl: https://example.org/a?b=1&c=2\nsummary: Kurz & knapp\nmentions: [Falko Ernst]\n")
            .AddInterview("drittes", date: "2021", interviewer: "Falko Ernst", interviewee: "Jana Beispiel");

        var compiled = Build(archive, "compiled", interpreted: false);
        var interpreted = Build(archive, "interpreted", interpreted: true);

        Assert.True(compiled.Report.Succeeded, string.Join('\n', compiled.Report.Diagnostics));
        Assert.Equal(0, compiled.Report.PagesReRendered);
        Assert.True(compiled.Files.Count > 20, $"{compiled.Files.Count} files");
        Assert.Equal(interpreted.Files, compiled.Files);
    }

    [Fact]
    public void A_generated_archive_with_every_label_style_renders_as_the_interpreter_renders_it()
    {
        using var archive = new TempArchive(withTemplates: false);
        new CorpusGenerator(new CorpusSpec(60)).Write(archive.Root, Path.Combine(Repository.Root, "templates"), _ => { });

        var compiled = Build(archive, "compiled", interpreted: false);
        var interpreted = Build(archive, "interpreted", interpreted: true);

        Assert.True(compiled.Report.Succeeded, string.Join('\n', compiled.Report.Diagnostics));
        Assert.Equal(0, compiled.Report.PagesReRendered);
        Assert.Equal(interpreted.Files, compiled.Files);
    }

    [Fact]
    public void An_error_met_on_the_compiled_path_is_reported_at_the_templates_line_and_column()
    {
        using var archive = TempArchive.OfSample();
        archive.Write("templates/topic.html", "<h1>{{ topic.name | escape }}</h1>\n<p>{{ topic.no_such_member }}</p>\n");

        var (report, _) = Build(archive, "public", interpreted: false);

        Assert.True(report.PagesReRendered > 0);
        var error = Diagnosed.Single(report.Diagnostics, "templates/topic.html", "no_such_member");
        Assert.Equal(2, error.Location.Line);
    }

    private static (BuildReport Report, Dictionary<string, string> Files) Build(TempArchive archive, string output, bool interpreted)
    {
        var folder = archive.PathOf(output);
        var report = ArchiveBuild.Run(new BuildOptions(archive.Root, folder, Clean: true) { Interpreted = interpreted });
        if (!report.Succeeded)
        {
            return (report, []);
        }

        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
        return (report, files);
    }
}
