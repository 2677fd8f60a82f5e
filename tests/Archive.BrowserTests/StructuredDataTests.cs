using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.BrowserTests.Support;

namespace Archive.BrowserTests;

/// <summary>The JSON-LD of the built sample: valid for a JSON-LD processor, in schema.org's vocabulary, and true to the page.</summary>
[Collection(SampleSiteCollection.Name)]
public partial class StructuredDataTests(SampleSite site)
{
    private const string InterviewPage = "interviews/falko-ernst-laecheln-und-stillstand/index.html";

    [Fact]
    public async Task Every_page_passes_the_json_ld_check()
    {
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);

        var (exit, output, error) = await CheckAsync(pages);

        Assert.True(exit == 0, output + error);
    }

    [Fact]
    public async Task The_json_ld_check_rejects_a_term_outside_schema_org()
    {
        var page = Path.Combine(Path.GetTempPath(), $"archive-jsonld-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(page, """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","interviewee":"x"}</script>""");
        try
        {
            var (exit, output, _) = await CheckAsync([page]);

            Assert.Equal(1, exit);
            Assert.Contains("https://schema.org/interviewee is not a schema.org property", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(page);
        }
    }

    [Fact]
    public void The_interview_is_an_article_by_its_interviewer_about_its_topics_with_a_part_per_question()
    {
        var html = File.ReadAllText(Path.Combine(site.Output, InterviewPage));
        var data = JsonDocument.Parse(JsonLd().Match(html).Groups[1].Value).RootElement;
        var anchors = QuestionAnchor().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal("Article", data.GetProperty("@type").GetString());
        Assert.Equal(["Janis Peitsch"], data.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        var interviewee = Assert.Single(data.GetProperty("contributor").EnumerateArray());
        Assert.Equal("interviewee", interviewee.GetProperty("roleName").GetString());
        Assert.Equal("Falko Ernst", interviewee.GetProperty("contributor").GetProperty("name").GetString());
        Assert.Contains("Mexiko", data.GetProperty("about").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.NotEmpty(anchors);
        Assert.Equal(
            anchors.Select(a => $"{SubfolderHost.Root}{InterviewPage.Replace("index.html", "", StringComparison.Ordinal)}#{a}"),
            data.GetProperty("hasPart").EnumerateArray().Select(part => part.GetProperty("url").GetString()));
    }

    private static Task<(int Exit, string Output, string Error)> CheckAsync(IEnumerable<string> pages) =>
        ExternalTool.RunAsync("node", ["jsonld-check.mjs", "", .. pages]);

    [GeneratedRegex("""<script type="application/ld\+json">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex JsonLd();

    [GeneratedRegex("<div class=\"question\" id=\"([^\"]+)\"")]
    private static partial Regex QuestionAnchor();
}
