using Archive.Scaffolding;
using Archive.Tests.Support;

namespace Archive.Tests.Scaffolding;

public class NewInterviewTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    /// <summary>A text outside seeds/, as an editor receives it (in a folder the archive does not read, deleted with it).</summary>
    private static string Incoming(TempArchive archive, string name, string text)
    {
        archive.Write($"incoming/{name}", text);
        return archive.PathOf($"incoming/{name}");
    }

    private static void FillTopics(TempArchive archive, string metadataPath)
    {
        var path = archive.PathOf(metadataPath);
        File.WriteAllText(path, File.ReadAllText(path).Replace("topics: []", "topics: [Mexiko, Migration]", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_text_added_to_an_archive_passes_check_once_its_topics_are_filled()
    {
        using var archive = new TempArchive();

        var result = NewInterview.Add(archive.Root, Repository.SeedPath, Today);

        Assert.Null(result.Error);
        Assert.Equal(("seeds/000_348f921fcf72eedc.txt", "content/interviews/falko-ernst-anfang-woche-reiste-us.yml"), (result.SeedPath, result.MetadataPath));
        Assert.Equal(File.ReadAllBytes(Repository.SeedPath), File.ReadAllBytes(archive.PathOf(result.SeedPath!)));
        Diagnosed.Single(archive.Build(write: false).Diagnostics, result.MetadataPath!, "'topics' is an empty list");

        FillTopics(archive, result.MetadataPath!);

        Assert.Empty(archive.Build(write: false).Diagnostics);
    }

    [Fact]
    public void A_text_saved_decomposed_gets_the_draft_its_composed_form_gets_and_is_copied_as_it_is()
    {
        // ü as u and a combining diaeresis (as some editors save text): the same words, the same names, the same address.
        const string text = "Die Bürgermeisterin über den Hafen.\n\nJörg Schäfer: Frau López, was planen Sie?\n\nAna López: Eine neue Mole.\n\nMit Ana López sprach Jörg Schäfer\n";
        using var composed = new TempArchive();
        using var decomposed = new TempArchive();
        var asComposed = NewInterview.Add(composed.Root, Incoming(composed, "hafen.txt", text), Today);
        var path = Incoming(decomposed, "hafen.txt", "");
        File.WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes(text.Normalize(System.Text.NormalizationForm.FormD)));

        var asDecomposed = NewInterview.Add(decomposed.Root, path, Today);

        Assert.Null(asDecomposed.Error);
        Assert.Equal("content/interviews/ana-lopez-buergermeisterin-hafen.yml", asDecomposed.MetadataPath);
        Assert.Equal(asComposed.MetadataPath, asDecomposed.MetadataPath);
        Assert.Equal(File.ReadAllText(composed.PathOf(asComposed.MetadataPath!)), File.ReadAllText(decomposed.PathOf(asDecomposed.MetadataPath!)));
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(decomposed.PathOf(asDecomposed.SeedPath!)));
    }

    [Fact]
    public void Adding_the_same_text_twice_is_refused_and_changes_nothing()
    {
        using var archive = new TempArchive();
        var first = NewInterview.Add(archive.Root, Repository.SeedPath, Today);
        var metadata = File.ReadAllText(archive.PathOf(first.MetadataPath!));

        var second = NewInterview.Add(archive.Root, Repository.SeedPath, Today);

        Assert.Equal("seeds/000_348f921fcf72eedc.txt already exists and a seed is never overwritten; give the new text another file name", second.Error);
        Assert.Single(Directory.GetFiles(archive.PathOf("content/interviews")));
        Assert.Equal(metadata, File.ReadAllText(archive.PathOf(first.MetadataPath!)));
    }

    [Fact]
    public void A_text_already_in_seeds_is_described_where_it_is_and_only_once()
    {
        using var archive = new TempArchive().Write("seeds/hafen.txt", DetectionCase.Text("frage-antwort"));

        var first = NewInterview.Add(archive.Root, archive.PathOf("seeds/hafen.txt"), Today);
        var second = NewInterview.Add(archive.Root, archive.PathOf("seeds/hafen.txt"), Today);

        Assert.Equal("content/interviews/ola-muster-hafenmeisterin-schiffe-schichten-winter.yml", first.MetadataPath);
        Assert.Equal("content/interviews/ola-muster-hafenmeisterin-schiffe-schichten-winter.yml already describes seeds/hafen.txt", second.Error);
    }

    [Fact]
    public void A_given_address_is_used_and_an_existing_one_is_never_overwritten()
    {
        using var archive = new TempArchive().AddInterview("hafen");
        var text = Incoming(archive, "winter.txt", DetectionCase.Text("frage-antwort"));

        var taken = NewInterview.Add(archive.Root, text, Today, slug: "hafen");
        var wrong = NewInterview.Add(archive.Root, text, Today, slug: "Hafen im Winter");
        var given = NewInterview.Add(archive.Root, text, Today, slug: "hafen-im-winter");

        Assert.Equal("content/interviews/hafen.yml already exists and is never overwritten; choose another --slug", taken.Error);
        Assert.Equal("'Hafen im Winter' is not an address: use lowercase a-z, digits and single hyphens (such as 'hafen-im-winter')", wrong.Error);
        Assert.Equal("content/interviews/hafen-im-winter.yml", given.MetadataPath);
    }

    [Theory]
    [InlineData("interview.docx", "Frage: Wie?", "interview.docx: a seed is a plain text (.txt) or Markdown (.md) file")]
    [InlineData("empty.txt", " \n\n", "is empty")]
    public void A_file_that_is_no_seed_is_refused_with_nothing_written(string name, string text, string error)
    {
        using var archive = new TempArchive();

        var result = NewInterview.Add(archive.Root, Incoming(archive, name, text), Today);

        Assert.Contains(error, result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(archive.PathOf("seeds")));
        Assert.Empty(Directory.GetFiles(archive.PathOf("content/interviews")));
    }

    [Fact]
    public void A_missing_file_is_refused()
    {
        using var archive = new TempArchive();

        Assert.Equal("no file nowhere.txt", NewInterview.Add(archive.Root, "nowhere.txt", Today).Error);
    }

    [Fact]
    public void The_draft_offers_the_archives_topics_most_used_first_so_that_their_names_stay_the_same()
    {
        using var archive = new TempArchive()
            .AddInterview("eins", topics: "[Migration, Klima]")
            .AddInterview("zwei", topics: "[Klima, Energie]")
            .AddInterview("drei", topics: "[Klima, Migration, Migration]");

        var result = NewInterview.Add(archive.Root, Incoming(archive, "neu.txt", "Frage: Wie?\n\nAntwort: So.\n\nMit Ola Muster sprach Jana Beispiel\n"), Today);

        Assert.Equal("name at least one topic; the archive's most used are [Klima, Migration, Energie]", result.Draft!.Topics.ToDo);
    }

    [Fact]
    public void A_topic_saved_decomposed_in_one_file_counts_as_the_same_topic_as_the_build_reads_it()
    {
        using var archive = new TempArchive()
            .AddInterview("eins", topics: "[Kriminalita\u0308t, Energie]")
            .AddInterview("zwei", topics: "[Energie, Kriminalität]")
            .AddInterview("drei", topics: "[Kriminalität, Klima]");

        var result = NewInterview.Add(archive.Root, Incoming(archive, "neu.txt", "Frage: Wie?\n\nAntwort: So.\n\nMit Ola Muster sprach Jana Beispiel\n"), Today);

        Assert.Equal("name at least one topic; the archive's most used are [Kriminalität, Energie, Klima]", result.Draft!.Topics.ToDo);
    }

    [Fact]
    public void A_windows_1252_text_is_copied_as_it_is_with_a_note()
    {
        using var archive = new TempArchive();
        var bytes = System.Text.Encoding.Latin1.GetBytes("Die Hafenmeisterin über den Winter.\n\nFrage: Wie läuft es?\n\nAntwort: Gut.\n\nMit Ola Muster sprach Jana Beispiel\n");
        var path = Incoming(archive, "alt.txt", "");
        File.WriteAllBytes(path, bytes);

        var result = NewInterview.Add(archive.Root, path, Today);

        Assert.Equal(bytes, File.ReadAllBytes(archive.PathOf("seeds/alt.txt")));
        Assert.Equal(["Ola Muster"], result.Draft!.Interviewees.Value);
        Assert.Contains("Windows-1252", Assert.Single(result.Notes), StringComparison.Ordinal);
    }
}
