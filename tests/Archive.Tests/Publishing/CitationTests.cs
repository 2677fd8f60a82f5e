using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Tests.Support;

namespace Archive.Tests.Publishing;

public partial class CitationTests
{
    [Fact]
    public void Bibtex_ris_and_csl_json_cite_the_interviewee_as_author_and_keep_a_partial_date_partial()
    {
        using var archive = PublishedArchive.TwoInterviews();
        Assert.True(archive.Build().Succeeded);
        var downloads = Downloads(archive, "aelteres-gespraech");

        var bib = downloads["aelteres-gespraech.bib"];
        var ris = downloads["aelteres-gespraech.ris"];
        var csl = JsonDocument.Parse(downloads["aelteres-gespraech.json"]).RootElement[0];

        Assert.Contains("author = {Muster, Ola}", bib, StringComparison.Ordinal);
        Assert.Contains("year = {2019}", bib, StringComparison.Ordinal);
        Assert.Contains("month = {3}", bib, StringComparison.Ordinal);
        Assert.DoesNotContain("day", bib, StringComparison.Ordinal);
        Assert.Contains($"url = {{{PublishedArchive.BaseUrl}interviews/aelteres-gespraech/}}", bib, StringComparison.Ordinal);
        Assert.Contains("AU  - Muster, Ola", ris, StringComparison.Ordinal);
        Assert.Contains("A2  - Beispiel, Jana", ris, StringComparison.Ordinal);
        Assert.Contains("DA  - 2019/03//", ris, StringComparison.Ordinal);
        Assert.EndsWith("ER  - \r\n", ris, StringComparison.Ordinal);
        Assert.Equal("interview", csl.GetProperty("type").GetString());
        Assert.Equal("Muster", csl.GetProperty("author")[0].GetProperty("family").GetString());
        Assert.Equal("[[2019,3]]", csl.GetProperty("issued").GetProperty("date-parts").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Bibtex_escapes_tex_characters_and_drops_braces_that_could_unbalance_the_entry()
    {
        using var archive = new TempArchive().AddInterview("klammern", title: "Über {Klammern} & 100 % Prozent_e");
        Assert.True(archive.Build().Succeeded);

        var bib = Downloads(archive, "klammern")["klammern.bib"];

        Assert.Contains(@"title = {Über Klammern \& 100 \% Prozent\_e}", bib, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_question_has_a_link_to_its_anchor_and_a_citation_of_that_passage()
    {
        using var archive = TempArchive.OfSample();
        archive.Build();

        var html = File.ReadAllText(archive.PathOf("public/interviews/falko-ernst-laecheln-und-stillstand/index.html"));

        var questions = html.Split("<div class=\"question\" id=\"q", StringSplitOptions.None).Skip(1).ToList();
        Assert.NotEmpty(questions);
        Assert.All(questions, q =>
        {
            var number = q[..q.IndexOf('"', StringComparison.Ordinal)];
            Assert.Contains($"href=\"#q{number}\"", q, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_downloads_are_inside_the_page_so_they_need_no_file_of_their_own()
    {
        using var archive = PublishedArchive.TwoInterviews();
        archive.Build();

        Assert.Equal(["aelteres-gespraech.bib", "aelteres-gespraech.json", "aelteres-gespraech.ris"], Downloads(archive, "aelteres-gespraech").Keys.Order());
        Assert.Equal(["index.html"], Directory.GetFiles(archive.PathOf("public/interviews/aelteres-gespraech")).Select(Path.GetFileName));
    }

    /// <summary>The citation downloads of an interview page: file name → content, decoded from their data: addresses.</summary>
    private static Dictionary<string, string> Downloads(TempArchive archive, string slug)
    {
        var html = File.ReadAllText(archive.PathOf($"public/interviews/{slug}/index.html"));
        return DataDownload().Matches(html).ToDictionary(
            m => m.Groups["name"].Value,
            m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups["data"].Value)));
    }

    [GeneratedRegex("""<a href="data:[^;]+;charset=utf-8;base64,(?<data>[A-Za-z0-9+/=]*)" download="(?<name>[^"]+)">""")]
    private static partial Regex DataDownload();
}
