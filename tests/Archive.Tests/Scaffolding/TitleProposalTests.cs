using Archive.Reading;
using Archive.Scaffolding;

namespace Archive.Tests.Scaffolding;

public class TitleProposalTests
{
    private static Detected<string?> Propose(string text) =>
        TitleProposal.From(TranscriptReader.Read(text, SeedFormat.PlainText, Cast.Of(["Jana Beispiel"], ["Ola Muster"]), []));

    [Fact]
    public void A_short_first_line_without_a_full_stop_is_the_headline()
    {
        var title = Propose("Brücken statt Mauern\n\nDie Bürgermeisterin über ihre Pläne. Und mehr.\n\nFrage: Was haben Sie vor?\n\nAntwort: Viel.\n");

        Assert.Equal(("Brücken statt Mauern", "the headline"), (title.Value, title.How));
    }

    [Fact]
    public void Otherwise_the_leads_first_sentence_is_the_title_without_its_full_stop()
    {
        var title = Propose("Die Bürgermeisterin über ihre Pläne. Sie will eine Brücke bauen.\n\nFrage: Was haben Sie vor?\n\nAntwort: Viel.\n");

        Assert.Equal("Die Bürgermeisterin über ihre Pläne", title.Value);
        Assert.NotNull(title.ToDo);
    }

    [Theory]
    [InlineData("Dr. Ola Muster über den 2. Bauabschnitt, z. B. die Brücke. Danach mehr.", "Dr. Ola Muster über den 2. Bauabschnitt, z. B. die Brücke.")]
    [InlineData("Was will sie? Eine Brücke.", "Was will sie?")]
    [InlineData("Die Stadt wächst um 30.000 Menschen. Sie braucht Brücken.", "Die Stadt wächst um 30.000 Menschen.")]
    [InlineData("„Wir bauen.“ Das sagt sie oft.", "„Wir bauen.“")]
    [InlineData("Nur ein Satz ohne Ende", "Nur ein Satz ohne Ende")]
    public void A_sentence_ends_at_a_stop_that_a_capital_follows_but_not_after_an_abbreviation_or_ordinal(string text, string sentence)
    {
        Assert.Equal(sentence, TitleProposal.FirstSentence(text));
    }

    [Fact]
    public void A_long_sentence_is_cut_at_a_clause_boundary_and_marked_as_cut()
    {
        var sentence = "Anfang der Woche reiste US-Präsident Joe Biden nach Mexiko, um sich mit seinem Amtskollegen Andrés Manuel López Obrador zu treffen";

        Assert.Equal("Anfang der Woche reiste US-Präsident Joe Biden nach Mexiko …", TitleProposal.Shorten(sentence));
    }

    [Fact]
    public void A_long_sentence_without_a_late_clause_boundary_is_cut_at_a_word()
    {
        var shortened = TitleProposal.Shorten(string.Join(' ', Enumerable.Repeat("Brückenbau", 20)));

        Assert.True(shortened.Length <= TitleProposal.MaxLength + 2, shortened);
        Assert.EndsWith("Brückenbau …", shortened, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_that_starts_with_a_question_has_no_title_to_propose()
    {
        var title = Propose("Frage: Wie geht es?\n\nAntwort: Gut.\n");

        Assert.Null(title.Value);
        Assert.Equal("give the interview a title", title.ToDo);
    }
}
