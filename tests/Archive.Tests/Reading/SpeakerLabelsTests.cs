using Archive.Reading;

namespace Archive.Tests.Reading;

public class SpeakerLabelsTests
{
    private static readonly SpeakerLabels Labels = new(Cast.Of(["Janis Peitsch"], ["Falko Ernst"], "ntv.de"));

    [Theory]
    [InlineData("Frage: Wie geht es weiter?", "Frage", "Janis Peitsch", true, "Wie geht es weiter?")]
    [InlineData("**Frage:** Wie geht es weiter?", "Frage", "Janis Peitsch", true, "Wie geht es weiter?")]
    [InlineData("__Antwort:__ Schwer zu sagen.", "Antwort", "Falko Ernst", false, "Schwer zu sagen.")]
    [InlineData("  Ernst :   Schwer zu sagen.  ", "Ernst", "Falko Ernst", false, "Schwer zu sagen.")]
    [InlineData("FALKO ERNST: Schwer zu sagen.", "FALKO ERNST", "Falko Ernst", false, "Schwer zu sagen.")]
    [InlineData("ntv.de: Wie geht es weiter?", "ntv.de", "Janis Peitsch", true, "Wie geht es weiter?")]
    [InlineData("Frage:", "Frage", "Janis Peitsch", true, "")]
    public void A_known_label_before_a_colon_starts_the_line_and_the_rest_is_its_text(string line, string label, string person, bool asks, string rest)
    {
        Assert.True(Labels.TryPrefix(line, out var found, out var speaker, out var text));
        Assert.Equal((label, person, asks, rest), (found, speaker.Person, speaker.Asks, text));
    }

    [Theory]
    [InlineData("Damals: Das war anders.")]
    [InlineData("Um 10:30 begann es.")]
    [InlineData("ntv.de:8080 ist keine Antwort.")]
    [InlineData(": Nichts davor.")]
    [InlineData("Eine Frage, die lange genug ist, dass ihr Doppelpunkt erst weit hinten kommt, viel zu weit für ein Etikett: so.")]
    [InlineData("Kein Doppelpunkt in dieser Zeile.")]
    public void Text_with_a_colon_that_follows_no_known_label_is_no_label(string line)
    {
        Assert.False(Labels.TryPrefix(line, out var label, out _, out var rest));
        Assert.Equal((string.Empty, string.Empty), (label, rest));
    }

    [Theory]
    [InlineData("ERNST", "ERNST", "Falko Ernst")]
    [InlineData("Frage:", "Frage", "Janis Peitsch")]
    [InlineData("**Falko Ernst:**", "Falko Ernst", "Falko Ernst")]
    [InlineData("  __Peitsch__  ", "Peitsch", "Janis Peitsch")]
    public void A_line_that_is_only_a_known_label_names_its_speaker(string line, string label, string person)
    {
        Assert.True(Labels.TryWholeLine(line, out var found, out var speaker));
        Assert.Equal((label, person), (found, speaker.Person));
    }

    [Theory]
    [InlineData("Damals")]
    [InlineData("")]
    [InlineData("Ernst sagt, dass die Lage schwierig ist, und er sagt es nicht zum ersten Mal in diesem Gespräch.")]
    public void A_line_that_is_not_only_a_known_label_names_no_speaker(string line) =>
        Assert.False(Labels.TryWholeLine(line, out _, out _));

    [Fact]
    public void A_surname_two_people_share_is_no_label_while_their_full_names_and_other_surnames_are()
    {
        var labels = new SpeakerLabels(Cast.Of(["Anna Müller", "Jana Beispiel"], ["Peter Müller"]));

        Assert.False(labels.TryPrefix("Müller: Das sagt wer?", out _, out _, out _));
        Assert.True(labels.TryPrefix("Peter Müller: Ich.", out _, out var peter, out _));
        Assert.Equal(("Peter Müller", false), (peter.Person, peter.Asks));
        Assert.True(labels.TryPrefix("ANNA MÜLLER: Und ich?", out _, out var anna, out _));
        Assert.Equal(("Anna Müller", true), (anna.Person, anna.Asks));
        Assert.True(labels.TryPrefix("Beispiel: Wer fragt?", out _, out var jana, out _));
        Assert.Equal(("Jana Beispiel", true), (jana.Person, jana.Asks));
    }

    [Theory]
    [InlineData("Anna Mu\u0308ller", "Peter Lo\u0301pez", "Müller: Wer fragt?", "Anna Mu\u0308ller")]
    [InlineData("Anna Müller", "Peter López", "Lo\u0301pez: Ich.", "Peter López")]
    [InlineData("Anna Müller", "Peter López", "PETER LO\u0301PEZ: Ich.", "Peter López")]
    public void A_label_matches_its_name_whether_either_is_written_composed_or_decomposed(string interviewer, string interviewee, string line, string person)
    {
        // ü as one character or as u and a combining diaeresis: one name, however an editor saved it.
        var labels = new SpeakerLabels(Cast.Of([interviewer], [interviewee]));

        Assert.True(labels.TryPrefix(line, out var label, out var speaker, out _));
        Assert.Equal(person, speaker.Person);
        Assert.Equal(line[..line.IndexOf(':', StringComparison.Ordinal)], label);
        Assert.True(labels.TryWholeLine(line[..(line.IndexOf(':', StringComparison.Ordinal) + 1)], out _, out var alone));
        Assert.Equal(person, alone.Person);
    }
}
