using Archive.Diagnostics;
using Archive.Loading;
using Archive.Scaffolding;
using Archive.Tests.Support;

namespace Archive.Tests.Scaffolding;

public class DraftYamlWriterTests
{
    private static InterviewDraft Draft(string text) =>
        MetadataDetector.Detect(text, "new.txt", new DateOnly(2026, 11, 25), "de", new HashSet<string>());

    private static (InterviewSource? Interview, List<Diagnostic> Diagnostics) Load(string yaml)
    {
        using var archive = new TempArchive().Write("seeds/new.txt", "Frage: Wie?\n\nAntwort: So.\n");
        var diagnostics = new DiagnosticBag();
        var interview = InterviewMetadataReader.Parse(archive.Root, archive.PathOf("content/interviews/new.yml"), yaml, "de", diagnostics);
        return (interview, [.. diagnostics.Sorted]);
    }

    [Fact]
    public void The_draft_of_the_sample_is_the_metadata_check_reads_once_topics_are_filled()
    {
        var yaml = DraftYamlWriter.Write(Draft(File.ReadAllText(Repository.SeedPath)));
        var filled = yaml.Replace("topics: []", "topics: [Mexiko]", StringComparison.Ordinal);

        var (interview, diagnostics) = Load(filled);

        Assert.Empty(diagnostics);
        Assert.Equal(("Janis Peitsch", "Falko Ernst", "ntv.de", "de"), (interview!.Interviewers[0].Value, interview.Interviewees[0].Value, interview.Source, interview.Language));
        Assert.Equal("Anfang der Woche reiste US-Präsident Joe Biden nach Mexiko …", interview.Title);
        Assert.Equal("2026-11-25", interview.Date.ToString());
    }

    [Fact]
    public void Until_topics_are_filled_check_says_so_on_the_line_marked_to_do()
    {
        var yaml = DraftYamlWriter.Write(Draft(File.ReadAllText(Repository.SeedPath)));

        var (_, diagnostics) = Load(yaml);

        var topics = Diagnosed.Single(diagnostics, "content/interviews/new.yml", "'topics' is an empty list; give at least one");
        Assert.Contains("topics: []   # TODO: name at least one topic", yaml.Split('\n')[topics.Location.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_date_is_marked_to_confirm()
    {
        var yaml = DraftYamlWriter.Write(Draft(File.ReadAllText(Repository.SeedPath)));

        Assert.Contains("\ndate: 2026-11-25   # TODO: confirm the date", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_person_is_left_empty_so_that_check_refuses_it()
    {
        var yaml = DraftYamlWriter.Write(Draft(DetectionCase.Text("unlabelled")));

        var (_, diagnostics) = Load(yaml.Replace("topics: []", "topics: [Hafen]", StringComparison.Ordinal));

        Assert.Contains("\ninterviewee:   # TODO: who answered?", yaml, StringComparison.Ordinal);
        Diagnosed.Single(diagnostics, "content/interviews/new.yml", "'interviewee' is empty");
    }

    [Fact]
    public void Several_people_and_speaker_labels_are_written_as_yaml_lists_and_mappings()
    {
        var several = DraftYamlWriter.Write(Draft(DetectionCase.Text("several-people")));
        var initials = DraftYamlWriter.Write(Draft(DetectionCase.Text("initials")));

        Assert.Contains("\ninterviewer: [Jana Beispiel, Kai Test]\ninterviewee: [Ola Muster, Bea Probe]\n", several, StringComparison.Ordinal);
        Assert.Contains("\nspeakers: { SZ: Jana Beispiel, BP: Ben Probe }   # TODO: check: 'SZ: Jana Beispiel' is a guess", initials, StringComparison.Ordinal);
        var (interview, diagnostics) = Load(initials.Replace("topics: []", "topics: [Sport]", StringComparison.Ordinal));
        Assert.Empty(diagnostics);
        Assert.Equal("Ben Probe", interview!.Cast.Speakers["BP"]);
    }
}
