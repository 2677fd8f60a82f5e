using Archive.Loading;
using Archive.Reading;

namespace Archive.Tests.Reading;

public class UnknownLabelsTests
{
    private static readonly Cast Cast = new(["Jana Beispiel"], ["Ola Muster"], null, new Dictionary<string, string>());

    private static List<(string Label, int Line, int Count)> Find(string seed) =>
        [.. UnknownLabels.Find(TranscriptReader.Read(seed, SeedFormat.PlainText, Cast, []))];

    [Fact]
    public void A_misspelt_name_used_as_a_label_is_found_once_at_its_first_line()
    {
        var found = Find("Frage: Wie?\n\nOla Mustr: So.\n\nFrage: Und dann?\n\nOla Mustr: Anders.\n");

        Assert.Equal([("Ola Mustr", 3, 2)], found);
    }

    [Theory]
    [InlineData("Frage: Wie?\n\nOla Muster: So.\n\nFrage: Und?\n\nOla Muster: Gut.\n")] // the interviewee's own label
    [InlineData("Frage: Wie?\n\nOla Mustr: So.\n\nFrage: Und?\n\nAntwort: Gut.\n")] // used once only
    [InlineData("Frage: Wie?\n\nFazit: So.\n\nFrage: Und?\n\nFazit: Gut.\n")] // one capitalised word opens many a sentence
    [InlineData("Frage: Wie?\n\nDie Linke sagt: so.\n\nFrage: Und?\n\nDie Linke sagt: gut.\n")] // not all capitalised
    public void Labels_of_the_cast_single_words_and_sentences_are_not_reported(string seed)
    {
        Assert.Empty(Find(seed));
    }
}
