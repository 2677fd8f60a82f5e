using System.Text.Json;
using Archive.Tests.Support;

namespace Archive.Tests.Publishing;

public class OpenDataTests
{
    [Fact]
    public void Interviews_json_holds_every_paragraph_of_the_sample_with_its_role_speaker_and_anchor()
    {
        using var archive = TempArchive.OfSample();
        Assert.True(archive.Build().Succeeded);
        var seedParagraphs = File.ReadAllText(Repository.SeedPath).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;

        var interview = Assert.Single(Data(archive, "interviews.json").EnumerateArray());
        var paragraphs = interview.GetProperty("paragraphs").EnumerateArray().ToList();

        Assert.Equal(seedParagraphs, paragraphs.Count);
        Assert.Equal(Enumerable.Range(1, seedParagraphs), paragraphs.Select(p => p.GetProperty("number").GetInt32()));
        var questions = paragraphs.Where(p => p.GetProperty("role").GetString() == "question").ToList();
        Assert.All(questions, q => Assert.Equal("Janis Peitsch", q.GetProperty("speaker").GetString()));
        Assert.Equal(questions.Select((_, i) => $"q{i + 1}"), questions.Select(q => q.GetProperty("anchor").GetString()));
        Assert.All(
            paragraphs.Where(p => p.GetProperty("role").GetString() == "answer"),
            a => Assert.Equal("falko-ernst", a.GetProperty("speaker_slug").GetString()));
        Assert.Equal(["Janis Peitsch"], interview.GetProperty("interviewers").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2023-01", interview.GetProperty("date").GetString());
    }

    [Fact]
    public void Interviews_json_holds_every_interview_newest_first_and_is_the_only_interview_data_file()
    {
        using var archive = PublishedArchive.TwoInterviews();
        Assert.True(archive.Build().Succeeded);

        var slugs = Data(archive, "interviews.json").EnumerateArray().Select(i => i.GetProperty("slug").GetString());

        Assert.Equal(["neueres-gespraech", "aelteres-gespraech"], slugs);
        Assert.Equal(
            ["interviews.csv", "interviews.json", "people.json", "topics.json"],
            Directory.EnumerateFileSystemEntries(archive.PathOf("public/data")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Interviews_json_has_one_interview_on_each_line_between_the_brackets()
    {
        using var archive = PublishedArchive.TwoInterviews();
        Assert.True(archive.Build().Succeeded);

        var lines = File.ReadAllLines(archive.PathOf("public/data/interviews.json"));

        Assert.Equal(["[", "]"], [lines[0], lines[^1]]);
        var documents = lines[1..^1].Select(line => JsonDocument.Parse(line.TrimEnd(',')).RootElement).ToList();
        Assert.Equal(["neueres-gespraech", "aelteres-gespraech"], documents.Select(d => d.GetProperty("slug").GetString()));
        Assert.All(documents, d => Assert.True(d.GetProperty("paragraphs").GetArrayLength() > 1));
    }

    [Fact]
    public void People_and_topics_json_name_the_interviews_of_each()
    {
        using var archive = PublishedArchive.TwoInterviews();
        archive.Build();

        var interviewer = Data(archive, "people.json").EnumerateArray().Single(p => p.GetProperty("slug").GetString() == "jana-beispiel");
        var topic = Data(archive, "topics.json").EnumerateArray().Single(t => t.GetProperty("slug").GetString() == "arbeit");

        Assert.Equal(["aelteres-gespraech", "neueres-gespraech"], interviewer.GetProperty("conducted").EnumerateArray().Select(e => e.GetString()).Order());
        Assert.Equal(["aelteres-gespraech"], topic.GetProperty("interviews").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void The_csv_quotes_what_needs_quoting_and_defuses_spreadsheet_formulas()
    {
        using var archive = new TempArchive()
            .AddInterview("formel", title: "=HYPERLINK(\\\"x\\\"), mit Komma", topics: "[Migration, Arbeit]");
        Assert.True(archive.Build().Succeeded);

        var lines = File.ReadAllLines(archive.PathOf("public/data/interviews.csv"));

        Assert.StartsWith("slug,title,date,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("formel,\"'=HYPERLINK(\"\"x\"\"), mit Komma\",2020-05,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",Migration; Arbeit,", lines[1], StringComparison.Ordinal);
    }

    private static JsonElement Data(TempArchive archive, string file) =>
        JsonDocument.Parse(File.ReadAllText(archive.PathOf($"public/data/{file}"))).RootElement;
}
