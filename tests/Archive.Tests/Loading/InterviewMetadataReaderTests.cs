using System.Text;
using Archive.Diagnostics;
using Archive.Loading;
using Archive.Tests.Support;

namespace Archive.Tests.Loading;

public class InterviewMetadataReaderTests
{
    [Fact]
    public void A_metadata_file_in_windows_1252_is_read_as_such_with_a_warning_where_it_stops_being_utf8()
    {
        using var archive = new TempArchive().AddInterview("a", title: "Ein Interview"); // six lines, all ASCII
        var path = archive.PathOf("content/interviews/a.yml");
        File.WriteAllBytes(path, [.. File.ReadAllBytes(path), .. "summary: Ein Gespr"u8, 0xE4, .. "ch.\n"u8]);
        var diagnostics = new DiagnosticBag();

        var interview = InterviewMetadataReader.Read(archive.Root, path, "de", diagnostics, new NamePool());

        Assert.Equal("Ein Gespräch.", interview!.Summary);
        var warning = Assert.Single(diagnostics.Sorted);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation("content/interviews/a.yml", 7, 19), warning.Location);
        Assert.Contains("read as Windows-1252", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_read_composed_and_a_seed_by_its_file_name_as_written()
    {
        // A file name is bytes on this file system: a seed saved with a decomposed name is found by that name only.
        const string seed = "Gespra\u0308ch.txt";
        using var archive = new TempArchive()
            .AddInterview("a", interviewee: "Andre\u0301s Lo\u0301pez", topics: "[O\u0308lpreis]", extra: "mentions: [Jo\u0308rg]\n")
            .Write($"seeds/{seed}", "Frage: Wie geht es?\n\nAntwort: Gut.\n");
        File.WriteAllText(archive.PathOf("content/interviews/a.yml"), File.ReadAllText(archive.PathOf("content/interviews/a.yml")).Replace("seed: a.txt", $"seed: {seed}", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();

        var interview = InterviewMetadataReader.Read(archive.Root, archive.PathOf("content/interviews/a.yml"), "de", diagnostics, new NamePool())!;

        Assert.Empty(diagnostics.Sorted);
        Assert.Equal("seeds/" + seed, interview.SeedPath);
        Assert.Equal("Andrés López", Assert.Single(interview.Interviewees).Value);
        Assert.Equal("Ölpreis", Assert.Single(interview.Topics).Value);
        Assert.Equal("Jörg", Assert.Single(interview.Mentions).Value);
    }
}
