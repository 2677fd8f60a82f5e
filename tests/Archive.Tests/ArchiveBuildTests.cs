using System.Security.Cryptography;
using System.Text;
using Archive.Diagnostics;
using Archive.Tests.Support;

namespace Archive.Tests;

/// <summary>Builds real archives into temporary folders and looks at the site as a reader's browser would.</summary>
public class ArchiveBuildTests
{
    private const string SeedSha256 = "c81c1db9b0fce23a808d0c2ba734af4035f31a9ffda38be7ee3398b7013c92d8";
    private const string InterviewPage = "interviews/falko-ernst-laecheln-und-stillstand/index.html";

    [Fact]
    public void The_repository_keeps_the_seed_byte_for_byte() =>
        Assert.Equal(SeedSha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Repository.SeedPath))));

    [Fact]
    public void The_sample_archive_builds_every_page_with_no_problem()
    {
        using var archive = TempArchive.OfSample();
        var report = archive.Build();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Empty(report.Diagnostics);
        string[] pages =
        [
            "index.html", InterviewPage, "interviews/index.html", "topics/index.html", "people/index.html", "about/index.html",
            "topics/mexiko/index.html", "topics/organisierte-kriminalitaet/index.html", "topics/sicherheitspolitik/index.html",
            "people/falko-ernst/index.html", "people/janis-peitsch/index.html", "people/andres-manuel-lopez-obrador/index.html",
            "people/el-chapo/index.html", "assets/style.css",
        ];
        foreach (var page in pages)
        {
            Assert.True(File.Exists(Path.Combine(archive.Output, page)), $"{page} was not written");
        }
    }

    [Fact]
    public void The_page_sets_the_languages_quotes_while_the_open_data_keeps_the_text_as_written()
    {
        using var archive = TempArchive.OfSample();
        archive.Build();

        var page = File.ReadAllText(Path.Combine(archive.Output, InterviewPage));
        var data = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(archive.Output, "data/interviews.json")))
            .RootElement[0].GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString());

        Assert.Contains("ein Ende „der Geringschätzung Lateinamerikas“ forderte", page, StringComparison.Ordinal);
        Assert.Contains(data, text => text!.Contains("ein Ende \"der Geringschätzung Lateinamerikas\" forderte", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_internal_link_of_every_page_resolves_to_a_file_and_anchor()
    {
        using var archive = TempArchive.OfSample();
        archive.Build();

        Assert.Empty(SiteLinks.Broken(archive.Output));
    }

    [Fact]
    public void Building_leaves_seeds_and_content_untouched()
    {
        using var archive = TempArchive.OfSample();
        var seed = archive.PathOf("seeds/000_348f921fcf72eedc.txt");
        var written = File.GetLastWriteTimeUtc(seed);
        var contentFiles = Directory.GetFiles(archive.PathOf("content"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        archive.Build();

        Assert.Equal(SeedSha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(seed))));
        Assert.Equal(written, File.GetLastWriteTimeUtc(seed));
        Assert.Equal(contentFiles.Keys.Order(), Directory.GetFiles(archive.PathOf("content"), "*", SearchOption.AllDirectories).Order());
        Assert.All(contentFiles, file => Assert.Equal(file.Value, File.ReadAllBytes(file.Key)));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_as_it_was()
    {
        using var archive = TempArchive.OfSample();
        archive.Build();
        var before = Snapshot(archive.Output);

        archive.Write("content/interviews/broken.yml", "seed: nowhere.txt\n");
        var report = archive.Build();

        Assert.False(report.Succeeded);
        Assert.Equal(before, Snapshot(archive.Output));
        Assert.Empty(Directory.EnumerateDirectories(archive.Root, ".public*"));
    }

    [Fact]
    public void Check_renders_everything_but_writes_nothing()
    {
        using var archive = TempArchive.OfSample();
        var report = archive.Build(write: false);

        Assert.True(report.Succeeded);
        Assert.True(report.PagesRendered > 10);
        Assert.False(Directory.Exists(archive.Output));
    }

    [Fact]
    public void Template_errors_point_at_the_templates_own_line_and_column()
    {
        using var archive = TempArchive.OfSample();
        archive.Write("templates/topic.html", "<h1>{{ topic.name | escape }}</h1>\n<p>{{ for x in }}</p>\n");
        archive.Write("templates/people.html", "<h1>ok</h1>\n  {{ no_such_variable }}\n");

        var parse = archive.Build();
        var parseErrors = parse.Diagnostics.Where(d => d.Location.Path == "templates/topic.html").ToList();
        Assert.NotEmpty(parseErrors);
        Assert.All(parseErrors, e => Assert.Equal(2, e.Location.Line));
        Assert.StartsWith("template: Error while parsing for statement", parseErrors[0].Message, StringComparison.Ordinal);

        archive.Write("templates/topic.html", "<h1>{{ topic.name | escape }}</h1>\n");
        var runtime = archive.Build();
        var unknown = Diagnosed.Single(runtime.Diagnostics, "templates/people.html", "no_such_variable");
        Assert.Equal((2, 6), (unknown.Location.Line, unknown.Location.Column));
    }

    [Fact]
    public void An_interview_page_that_fails_to_render_is_reported_and_nothing_is_written()
    {
        using var archive = new TempArchive().AddInterview("drei", date: "2022").AddInterview("zwei", date: "2021").AddInterview("eins", date: "2020");
        archive.Write("templates/interview.html", "{{ if interview.summary.slug == 'zwei' }}{{ no_such_variable }}{{ end }}<p>{{ interview.summary.title | escape }}</p>\n");

        var report = archive.Build();

        Assert.False(report.Succeeded);
        Assert.Equal(45, Diagnosed.Single(report.Diagnostics, "templates/interview.html", "no_such_variable").Location.Column);
        Assert.False(Directory.Exists(archive.Output));
    }

    [Fact]
    public void Template_errors_and_content_errors_are_reported_together()
    {
        // The archive is read while the templates are parsed, each side counting its own errors: the editor sees both.
        using var archive = TempArchive.OfSample();
        archive.Write("templates/topic.html", "<h1>{{ topic.name | escape }}</h1>\n<p>{{ for x in }}</p>\n");
        archive.AddInterview("zweites-gespraech", date: "im Frühling");

        var report = archive.Build();

        Assert.Contains(report.Diagnostics, d => d.IsError && d.Location.Path == "templates/topic.html");
        Assert.Contains(report.Diagnostics, d => d.IsError && d.Location.Path == "content/interviews/zweites-gespraech.yml");
    }

    [Fact]
    public void A_windows_1252_seed_is_read_with_a_warning_naming_the_file()
    {
        using var archive = new TempArchive().AddInterview("alt");
        archive.WriteBytes("seeds/alt.txt", [.. "Frage: Wie geht es?\n\nAntwort: Gr"u8, 0xFC, 0xDF, .. "e.\n"u8]);

        var report = archive.Build();

        Assert.True(report.Succeeded);
        Diagnosed.Single(report.Diagnostics, "seeds/alt.txt", "read as Windows-1252");
        Assert.Contains("Grüße.", File.ReadAllText(Path.Combine(archive.Output, "interviews/alt/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_topics_file_saved_in_windows_1252_is_read_with_a_warning_and_its_names_still_match()
    {
        using var archive = new TempArchive().AddInterview("oel", topics: "[Ölpreis]");
        archive.WriteBytes("content/topics.yml", [.. "- name: "u8, 0xD6, .. "lpreis\n  description: Der Preis f"u8, 0xFC, .. "r Erd"u8, 0xF6, .. "l.\n"u8]);

        var report = archive.Build();

        Assert.True(report.Succeeded);
        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal("content/topics.yml:1:9", warning.Location.ToString());
        Assert.Contains("read as Windows-1252", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Der Preis für Erdöl.", File.ReadAllText(Path.Combine(archive.Output, "topics/oelpreis/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_that_names_nobody_in_the_metadata_is_a_warning_at_its_first_paragraph_and_its_text_is_kept()
    {
        using var archive = new TempArchive().AddInterview(
            "tippfehler", seed: "Ein Vorspann.\n\nFrage: Wie?\n\nOla Mustr: So.\n\nFrage: Und dann?\n\nOla Mustr: Anders.\n");

        var report = archive.Build();

        Assert.True(report.Succeeded);
        Assert.Equal(5, Diagnosed.Single(report.Diagnostics, "seeds/tippfehler.txt", "'Ola Mustr:' starts 2 paragraphs but names nobody").Location.Line);
        Assert.Contains("Ola Mustr: Anders.", File.ReadAllText(Path.Combine(archive.Output, "interviews/tippfehler/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf16_seed_saved_by_a_windows_editor_is_read_as_a_conversation_without_a_warning()
    {
        using var archive = new TempArchive().AddInterview("notepad");
        archive.WriteBytes("seeds/notepad.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Frage: Wie geht es?\r\n\r\nAntwort: Grüße.\r\n")]);

        var report = archive.Build();

        Assert.True(report.Succeeded);
        Assert.Empty(report.Diagnostics);
        var page = File.ReadAllText(Path.Combine(archive.Output, "interviews/notepad/index.html"));
        Assert.Contains("Wie geht es?", page, StringComparison.Ordinal);
        Assert.Contains("Grüße.", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("blank lines", "\n  \n\t\n")]
    [InlineData("a byte order mark", "\uFEFF")]
    public void A_seed_with_nothing_but_blank_lines_is_an_error_as_an_empty_one_is(string what, string seed)
    {
        using var archive = new TempArchive().AddInterview("leer", seed: seed);

        var report = archive.Build();

        Assert.False(report.Succeeded, what);
        var error = Diagnosed.Single(report.Diagnostics, "seeds/leer.txt", "the seed has no text, only blank lines");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.DoesNotContain(report.Diagnostics, d => d.Message.Contains("no questions and answers", StringComparison.Ordinal));
        Assert.False(Directory.Exists(archive.Output));
    }

    [Fact]
    public void A_text_without_a_recognisable_conversation_is_a_warning_and_still_shows_every_paragraph()
    {
        using var archive = new TempArchive().AddInterview("bericht", seed: "Ein Bericht ohne Fragen.\n\nNoch ein Absatz.\n");

        var report = archive.Build();

        Assert.True(report.Succeeded);
        Diagnosed.Single(report.Diagnostics, "seeds/bericht.txt", "no questions and answers recognised");
        var html = File.ReadAllText(Path.Combine(archive.Output, "interviews/bericht/index.html"));
        Assert.Contains("<p>Ein Bericht ohne Fragen.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Noch ein Absatz.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_correction_beyond_the_text_is_an_error_at_its_line()
    {
        using var archive = new TempArchive().AddInterview("a", extra: "paragraphs:\n  99: aside\n");

        var report = archive.Build();

        Assert.Equal(8, Diagnosed.Single(report.Diagnostics, "content/interviews/a.yml", "paragraph 99 does not exist").Location.Line);
    }

    [Fact]
    public void A_missing_include_is_reported_at_the_including_line()
    {
        using var archive = TempArchive.OfSample();
        archive.Write("templates/topics.html", "<h1>x</h1>\n{{ include 'partials/nowhere.html' }}\n");

        var report = archive.Build();

        var error = Diagnosed.Single(report.Diagnostics, "templates/topics.html", "nowhere.html");
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void An_include_may_not_leave_the_templates_folder()
    {
        using var archive = TempArchive.OfSample();
        archive.Write("templates/topics.html", "{{ include '../archive.yml' }}\n");

        var report = archive.Build();

        Diagnosed.Single(report.Diagnostics, "templates/topics.html", "outside templates/");
    }

    [Fact]
    public void Drafts_and_embargoed_interviews_leave_no_trace_until_due()
    {
        using var archive = new TempArchive()
            .AddInterview("public", interviewee: "Ola Muster", topics: "[Migration]")
            .AddInterview("draft", interviewee: "Dora Entwurf", topics: "[Geheimes]", extra: "draft: true\n")
            .AddInterview("later", interviewee: "Emil Sperre", topics: "[Zukunft]", extra: "embargo: 2030-06-01\n")
            .Write("content/people.yml", "- name: Dora Entwurf\n  bio: Noch nicht veröffentlicht.\n");

        var before = ArchiveBuild.Run(new BuildOptions(archive.Root, archive.Output, Today: new DateOnly(2030, 5, 31)));
        var everything = string.Join('\n', Directory.GetFiles(archive.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(archive.Output, f) + File.ReadAllText(f)));

        Assert.Empty(before.Diagnostics);
        foreach (var trace in new[] { "Dora", "Entwurf", "Geheimes", "Emil", "Sperre", "Zukunft", "draft", "later" })
        {
            Assert.DoesNotContain(trace, everything, StringComparison.Ordinal);
        }

        ArchiveBuild.Run(new BuildOptions(archive.Root, archive.Output, Today: new DateOnly(2030, 6, 1), IncludeDrafts: true));
        Assert.True(File.Exists(Path.Combine(archive.Output, "interviews/later/index.html")));
        Assert.True(File.Exists(Path.Combine(archive.Output, "people/dora-entwurf/index.html")));
    }

    [Fact]
    public void Two_builds_of_the_same_archive_are_byte_identical()
    {
        using var archive = TempArchive.OfSample();
        archive.Build();
        var first = Snapshot(archive.Output, withTimes: false);
        archive.Build();

        Assert.Equal(first, Snapshot(archive.Output, withTimes: false));
    }

    [Fact]
    public void Hostile_strings_in_content_never_become_markup()
    {
        const string Hostile = "<script>alert(1)</script>\\\"><img src=x onerror=alert(1)>";
        using var archive = new TempArchive()
            .AddInterview(
                "boese",
                title: Hostile,
                interviewer: "\"Jana <b>Beispiel</b>\"",
                interviewee: "\"Ola\\\"><img src=x onerror=alert(1)>\"",
                topics: "[\"<script>alert(1)</script>\"]",
                extra: "summary: \"<script>alert(2)</script>\"\n",
                seed: "Vorspann <script>alert(3)</script>\n\nFrage: \"><img src=x onerror=alert(1)> ?\n\nAntwort: [x](javascript:alert(1))\n")
            .Write("content/topics.yml", "- name: \"<script>alert(1)</script>\"\n  description: \"[klick](javascript:alert(1)) <img src=x onerror=alert(1)>\"\n");

        var report = archive.Build();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        foreach (var page in Directory.EnumerateFiles(archive.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            var structuredData = System.Text.RegularExpressions.Regex.Matches(html, "<script type=\"application/ld\\+json\">(.*?)</script>");
            Assert.All(structuredData, m => Assert.DoesNotContain("<", m.Groups[1].Value, StringComparison.Ordinal));
            html = html.Replace("<script type=\"application/ld+json\">", string.Empty, StringComparison.Ordinal)
                .Replace("<script src=\"../assets/search.js\">", string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Each file's hash and, when asked, its modification time: what a deploy by rsync would compare.</summary>
    private static Dictionary<string, string> Snapshot(string folder, bool withTimes = true) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))) + (withTimes ? $" {File.GetLastWriteTimeUtc(f).Ticks}" : string.Empty));
}
