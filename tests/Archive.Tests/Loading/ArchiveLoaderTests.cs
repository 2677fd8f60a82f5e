using Archive.Diagnostics;
using Archive.Loading;
using Archive.Tests.Support;

namespace Archive.Tests.Loading;

public class ArchiveLoaderTests
{
    private const string Path = "content/interviews/a.yml";

    private static (ArchiveContent? Content, IReadOnlyList<Diagnostic> Diagnostics) Load(TempArchive archive)
    {
        var diagnostics = new DiagnosticBag();
        var content = ArchiveLoader.Load(archive.Root, diagnostics);
        return (content, diagnostics.Sorted);
    }

    [Fact]
    public void Reads_the_sample_interview_with_names_topics_and_partial_date()
    {
        using var archive = TempArchive.OfSample();
        var (content, diagnostics) = Load(archive);

        Assert.Empty(diagnostics);
        var interview = Assert.Single(content!.Interviews);
        Assert.Equal("falko-ernst-laecheln-und-stillstand", interview.Slug);
        Assert.Equal("seeds/000_348f921fcf72eedc.txt", interview.SeedPath);
        Assert.Equal(["Janis Peitsch"], interview.Interviewers.Select(p => p.Value));
        Assert.Equal(["Falko Ernst"], interview.Interviewees.Select(p => p.Value));
        Assert.Equal("ntv.de", interview.Source);
        Assert.Equal(new PartialDate(2023, 1, null), interview.Date);
        Assert.Contains("Organisierte Kriminalität", interview.Topics.Select(t => t.Value));
        Assert.Equal("Falko Ernst", Assert.Single(content.People).Name);
        Assert.Single(content.Pages);
    }

    [Fact]
    public void A_metadata_file_ending_in_yaml_is_named_for_renaming_and_the_yml_files_beside_it_are_read()
    {
        using var archive = new TempArchive().AddInterview("a").AddInterview("b");
        File.Move(archive.PathOf("content/interviews/b.yml"), archive.PathOf("content/interviews/b.yaml"));
        archive.Write("content/interviews/notizen.txt", "Keine Metadaten.");

        var (content, diagnostics) = Load(archive);

        var error = Assert.Single(diagnostics);
        Assert.True(error.IsError);
        Assert.Equal("content/interviews/b.yaml", error.Location.Path);
        Assert.Contains("rename", error.Message, StringComparison.Ordinal);
        Assert.Equal(["a"], content!.Interviews.Select(i => i.Slug));
    }

    [Fact]
    public void A_name_or_a_list_of_names_are_both_accepted()
    {
        using var archive = new TempArchive().AddInterview("a", interviewee: "[Ola Muster, Ben Probe]");
        var (content, diagnostics) = Load(archive);

        Assert.Empty(diagnostics);
        Assert.Equal(["Ola Muster", "Ben Probe"], content!.Interviews[0].Interviewees.Select(p => p.Value));
    }

    [Fact]
    public void A_name_written_in_many_files_is_held_once()
    {
        using var archive = new TempArchive()
            .AddInterview("a", interviewee: "Ola Muster", topics: "[Migration]")
            .AddInterview("b", interviewer: "Ola Muster", topics: "[Migration, Kunst]");
        var (content, _) = Load(archive);

        var (a, b) = (content!.Interviews.Single(i => i.Slug == "a"), content.Interviews.Single(i => i.Slug == "b"));

        Assert.Same(a.Interviewees[0].Value, b.Interviewers[0].Value);
        Assert.Same(a.Topics[0].Value, b.Topics[0].Value);
    }

    [Fact]
    public void Unknown_key_is_reported_where_it_stands_with_a_suggestion()
    {
        using var archive = new TempArchive().AddInterview("a", extra: "intervieweee: Ben Probe\n");
        var (_, diagnostics) = Load(archive);

        var error = Diagnosed.Single(diagnostics, Path, "unknown key 'intervieweee'; did you mean 'interviewee'?");
        Assert.Equal((7, 1), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_at_once()
    {
        using var archive = new TempArchive()
            .Write("seeds/a.txt", "Frage: Wie?\n\nAntwort: So.\n")
            .Write(Path, "seed: a.txt\ndate: 2023-13-01\ninterviewer: Jana Beispiel\ninterviewee: []\ntopics: 5\n");
        var (content, diagnostics) = Load(archive);

        Assert.Empty(content!.Interviews);
        Assert.Equal(1, Diagnosed.Single(diagnostics, Path, "missing required key 'title'").Location.Line);
        Assert.Equal(2, Diagnosed.Single(diagnostics, Path, "no month 13").Location.Line);
        Assert.Equal(4, Diagnosed.Single(diagnostics, Path, "'interviewee' is an empty list").Location.Line);
        var wrongType = Diagnosed.Single(diagnostics, Path, "'topics' must be a list");
        Assert.Equal((5, 9), (wrongType.Location.Line, wrongType.Location.Column));
    }

    [Fact]
    public void An_empty_name_is_an_error_where_it_stands()
    {
        using var archive = new TempArchive().AddInterview("a", interviewer: "\"\"", interviewee: "[Ola Muster, '']");
        var (content, diagnostics) = Load(archive);

        Assert.Empty(content!.Interviews);
        var name = Diagnosed.Single(diagnostics, Path, "'interviewer' has an empty entry");
        Assert.Equal((4, 14), (name.Location.Line, name.Location.Column));
        var entry = Diagnosed.Single(diagnostics, Path, "'interviewee' has an empty entry");
        Assert.Equal((5, 27), (entry.Location.Line, entry.Location.Column));
    }

    [Fact]
    public void Yaml_syntax_error_is_reported_at_yamldotnets_line_and_column()
    {
        using var archive = new TempArchive().Write(Path, "seed: a.txt\ntitle: \"unclosed\ndate: 2020\n");
        var (_, diagnostics) = Load(archive);

        var error = Assert.Single(diagnostics);
        Assert.Equal(Path, error.Location.Path);
        Assert.StartsWith("YAML syntax", error.Message, StringComparison.Ordinal);
        Assert.True(error.Location.Line >= 2, error.ToString());
    }

    [Theory]
    [InlineData("../../etc/passwd", "must name a file inside seeds/")]
    [InlineData("/etc/passwd", "must name a file inside seeds/")]
    [InlineData("missing.txt", "does not exist")]
    [InlineData("empty.txt", "is empty")]
    [InlineData("folder", "is a folder in seeds/")]
    public void Seed_outside_seeds_missing_empty_or_a_folder_is_refused(string seed, string words)
    {
        using var archive = new TempArchive()
            .Write("seeds/empty.txt", string.Empty)
            .Write("seeds/folder/text.txt", "Frage: Wie?")
            .Write(Path, $"seed: {seed}\ntitle: T\ndate: 2020\ninterviewer: A B\ninterviewee: C D\ntopics: [X]\n");
        var (content, diagnostics) = Load(archive);

        Assert.Empty(content!.Interviews);
        Assert.Equal(1, Diagnosed.Single(diagnostics, Path, words).Location.Line);
    }

    [Fact]
    public void Interview_file_name_that_is_not_a_slug_is_an_error()
    {
        using var archive = new TempArchive().AddInterview("Mein Interview");
        var (_, diagnostics) = Load(archive);

        Diagnosed.Single(diagnostics, "content/interviews/Mein Interview.yml", "must be a slug");
    }

    [Theory]
    [InlineData("url: javascript:alert(1)\n", "content/interviews/a.yml", "'url' must be an http or https address")]
    [InlineData("url: https://www.n-tv.de/\n", null, null)]
    public void Only_http_addresses_are_accepted_as_url(string extra, string? path, string? words)
    {
        using var archive = new TempArchive().AddInterview("a", extra: extra);
        var (_, diagnostics) = Load(archive);

        if (path is null)
        {
            Assert.Empty(diagnostics);
        }
        else
        {
            Diagnosed.Single(diagnostics, path, words!);
        }
    }

    [Fact]
    public void Person_link_that_is_not_http_is_refused()
    {
        using var archive = new TempArchive().AddInterview("a")
            .Write("content/people.yml", "- name: Ola Muster\n  links: [\"javascript:alert(1)\", https://example.org/]\n");
        var (content, diagnostics) = Load(archive);

        Assert.Equal(2, Diagnosed.Single(diagnostics, "content/people.yml", "a link must be an http or https address").Location.Line);
        Assert.Equal(["https://example.org/"], content!.People[0].Links);
    }

    [Fact]
    public void Paragraph_overrides_are_read_in_both_forms()
    {
        using var archive = new TempArchive().AddInterview("a", extra: "paragraphs:\n  1: aside\n  3: { role: answer, speaker: Ola Muster }\n");
        var (content, diagnostics) = Load(archive);

        Assert.Empty(diagnostics);
        var overrides = content!.Interviews[0].Overrides.Select(o => o.Value).ToList();
        Assert.Equal(new Archive.Reading.RoleOverride(1, Archive.Reading.ParagraphRole.Aside, null), overrides[0]);
        Assert.Equal(new Archive.Reading.RoleOverride(3, Archive.Reading.ParagraphRole.Answer, "Ola Muster"), overrides[1]);
    }

    [Fact]
    public void Unknown_paragraph_role_is_an_error()
    {
        using var archive = new TempArchive().AddInterview("a", extra: "paragraphs:\n  2: interjection\n");
        var (_, diagnostics) = Load(archive);

        Assert.Equal(8, Diagnosed.Single(diagnostics, Path, "the role must be one of").Location.Line);
    }

    [Fact]
    public void Missing_archive_yml_points_to_source_option()
    {
        using var archive = new TempArchive();
        File.Delete(archive.PathOf("archive.yml"));
        var (content, diagnostics) = Load(archive);

        Assert.Null(content);
        Diagnosed.Single(diagnostics, "archive.yml", "--source");
    }

    [Fact]
    public void Invalid_archive_yml_is_reported()
    {
        using var archive = new TempArchive(config: "title: X\npage_size: zero\nlanguag: de\n");
        var (content, diagnostics) = Load(archive);

        Assert.Null(content);
        Assert.Equal(2, Diagnosed.Single(diagnostics, "archive.yml", "'page_size' must be a whole number").Location.Line);
        Assert.Equal(3, Diagnosed.Single(diagnostics, "archive.yml", "did you mean 'language'?").Location.Line);
    }

    [Fact]
    public void Free_page_front_matter_errors_carry_the_files_own_line()
    {
        using var archive = new TempArchive().Write("content/pages/about.md", "---\ntitle: Über\nautor: X\n---\nText\n");
        var (_, diagnostics) = Load(archive);

        Assert.Equal(3, Diagnosed.Single(diagnostics, "content/pages/about.md", "unknown key 'autor'").Location.Line);
    }
}
