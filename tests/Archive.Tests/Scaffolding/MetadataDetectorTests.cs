using Archive.Bench;
using Archive.Scaffolding;
using Archive.Tests.Support;

namespace Archive.Tests.Scaffolding;

public class MetadataDetectorTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static InterviewDraft Detect(string text, string seed = "new.txt", string siteLanguage = "de", params string[] taken) =>
        MetadataDetector.Detect(text, seed, Today, siteLanguage, taken.ToHashSet(StringComparer.Ordinal));

    public static TheoryData<string> Cases() => [.. DetectionCase.Names()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_the_cast_source_and_language_of_each_case_as_its_expected_file_says(string name)
    {
        var draft = Detect(DetectionCase.Text(name));

        Assert.Equal(DetectionCase.Expected(name), DetectionCase.Describe(draft));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_reader_reads_each_case_with_the_detected_cast_as_a_conversation(string name)
    {
        var draft = Detect(DetectionCase.Text(name));

        Assert.True(draft.Questions >= 2 && draft.Answers >= 2, $"{draft.Questions} questions, {draft.Answers} answers");
    }

    [Theory]
    [InlineData("Frage: Wie geht es Ihnen heute?\n\nAntwort: Es geht mir gut, und das ist nicht selbstverständlich.\n", "[Migration, Wirtschaft]")]
    [InlineData("Q: How are you today?\n\nA: I am fine, and that is not a matter of course for me.\n", "[Migration, Economy]")]
    public void Without_topics_in_the_archive_the_draft_gives_examples_in_the_texts_language(string text, string examples)
    {
        Assert.Equal($"name at least one topic, such as {examples}", Detect(text, siteLanguage: "de").Topics.ToDo);
    }

    [Fact]
    public void The_sample_seed_gives_its_interviewer_interviewee_source_and_language()
    {
        var draft = Detect(File.ReadAllText(Repository.SeedPath), "000_348f921fcf72eedc.txt");

        Assert.Equal(["Janis Peitsch"], draft.Interviewers.Value);
        Assert.Equal(["Falko Ernst"], draft.Interviewees.Value);
        Assert.Equal("ntv.de", draft.Source.Value);
        Assert.Equal("de", draft.Language.Value);
        Assert.Equal((9, 10), (draft.Questions, draft.Answers));
    }

    [Fact]
    public void The_sample_seed_gets_a_title_from_its_lead_and_an_address_from_interviewee_and_title()
    {
        var draft = Detect(File.ReadAllText(Repository.SeedPath), "000_348f921fcf72eedc.txt");

        Assert.Equal("Anfang der Woche reiste US-Präsident Joe Biden nach Mexiko …", draft.Title.Value);
        Assert.Equal("falko-ernst-anfang-woche-reiste-us", draft.Slug);
    }

    [Fact]
    public void A_surname_label_is_written_as_the_full_name_the_text_gives_elsewhere()
    {
        var draft = Detect(DetectionCase.Text("surname-on-own-line"));

        Assert.Equal(["Falko Ernst"], draft.Interviewees.Value);
        Assert.Contains("'ERNST' on its own line", draft.Interviewees.How, StringComparison.Ordinal);
        Assert.Null(draft.Interviewees.ToDo);
    }

    [Fact]
    public void A_surname_the_text_never_writes_in_full_is_capitalised_and_left_to_the_editor()
    {
        var draft = Detect("Vorspann.\n\nFRAGE\nWie geht es?\n\nERNST\nGut.\n\nFRAGE\nUnd sonst?\n\nERNST\nAuch gut.\n");

        Assert.Equal(["Ernst"], draft.Interviewees.Value);
        Assert.Contains("only the surname", draft.Interviewees.ToDo, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_that_starts_one_answer_with_a_colon_is_no_speaker()
    {
        var draft = Detect("Vorspann.\n\nFrage: Wie war es?\n\nAntwort: Schwierig.\n\nFrage: Warum?\n\nDamals: niemand wollte das.\n\nMit Ola Muster sprach Jana Beispiel\n");

        Assert.Equal(["Ola Muster"], draft.Interviewees.Value);
    }

    [Fact]
    public void Who_is_missing_is_left_empty_with_a_to_do()
    {
        var draft = Detect(DetectionCase.Text("unlabelled"));

        Assert.Empty(draft.Interviewees.Value);
        Assert.Equal("who answered? write a name or a list of names", draft.Interviewees.ToDo);
        Assert.Contains(draft.ToDos, t => t.Key == "interviewee");
    }

    [Fact]
    public void Initials_nobody_in_the_text_has_are_guessed_from_their_side_and_left_to_check()
    {
        var draft = Detect(DetectionCase.Text("initials"));

        Assert.Contains("'SZ: Jana Beispiel' is a guess", draft.Speakers.ToDo, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_and_topics_are_always_left_to_the_editor()
    {
        var draft = Detect(DetectionCase.Text("frage-antwort"));

        Assert.Equal("2026-11-25", draft.Date.Value);
        Assert.Equal(["date", "topics"], draft.ToDos.Select(t => t.Key).Where(k => k is "date" or "topics"));
        Assert.Empty(draft.Topics.Value);
    }

    [Fact]
    public void A_taken_address_gets_a_number()
    {
        var draft = Detect(DetectionCase.Text("frage-antwort"), taken: ["ola-muster-hafenmeisterin-schiffe-schichten-winter"]);

        Assert.Equal("ola-muster-hafenmeisterin-schiffe-schichten-winter-2", draft.Slug);
    }

    [Fact]
    public void A_text_too_short_to_tell_gets_the_archives_language_to_check()
    {
        var draft = Detect("Frage: Ja?\n\nAntwort: Nein.\n", siteLanguage: "en");

        Assert.Equal("en", draft.Language.Value);
        Assert.NotNull(draft.Language.ToDo);
    }

    [Fact]
    public void A_markdown_text_is_read_as_markdown()
    {
        var draft = Detect("# Der Hafen im Winter\n\nEin Vorspann über die Arbeit am Hafen.\n\n**Frau Muster, wie ist es?**\n\nKalt, aber schön.\n\nMit Ola Muster sprach Jana Beispiel\n", "hafen.md");

        Assert.Equal("Der Hafen im Winter", draft.Title.Value);
        Assert.Equal((1, 1), (draft.Questions, draft.Answers));
    }

    /// <summary>What the text can tell of a name: the full name if it writes it, else the surname its labels use.</summary>
    private static string AsTheTextGivesIt(string name, string text) => text.Contains(name, StringComparison.Ordinal) ? name : name.Split(' ')[^1];

    /// <summary>
    /// The benchmark's generated interviews use every label style the reader knows, with known casts: a cross-check
    /// far wider than the hand-written cases.
    /// </summary>
    [Fact]
    public void Finds_the_cast_of_every_generated_interview_as_far_as_its_text_names_it()
    {
        var root = Path.Combine(Path.GetTempPath(), "archive-corpus-" + Guid.NewGuid().ToString("N"));
        var interviews = new List<GeneratedInterview>();
        try
        {
            new CorpusGenerator(new CorpusSpec(100, 1)).Write(root, Path.Combine(Repository.Root, "templates"), interviews.Add);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        Assert.All(interviews, interview =>
        {
            var draft = MetadataDetector.Detect(interview.Text, interview.SeedName, new DateOnly(2026, 1, 1), "de", new HashSet<string>());
            var interviewers = interview.Interviewers.Select(n => AsTheTextGivesIt(n, interview.Text)).Order().ToList();
            var interviewees = interview.Interviewees.Select(n => AsTheTextGivesIt(n, interview.Text)).Order().ToList();
            // A photo credit ("(Foto: Tilda Linlin)") may name anyone: it does not say who answered.
            var named = System.Text.RegularExpressions.Regex.Replace(interview.Text, @"\(Foto: [^)]*\)", "");
            var unnamed = interview.Interviewees.All(n => !named.Contains(n.Split(' ')[^1], StringComparison.OrdinalIgnoreCase));

            Assert.Equal(interviewers, draft.Interviewers.Value.Order());
            Assert.Equal(unnamed ? [] : interviewees, draft.Interviewees.Value.Order());
            Assert.Equal(interview.HasSource, draft.Source.Value is not null);
            Assert.Equal("de", draft.Language.Value);
        });
    }
}
