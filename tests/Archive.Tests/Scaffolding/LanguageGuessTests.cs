using Archive.Scaffolding;

namespace Archive.Tests.Scaffolding;

public class LanguageGuessTests
{
    [Theory]
    [InlineData("Die Stadt ist nicht so groß, aber sie hat einen Hafen und eine Brücke.", "de")]
    [InlineData("The city is not that big, but it has a harbour and a bridge that the people love.", "en")]
    public void The_language_with_more_common_words_wins(string text, string language)
    {
        var guess = LanguageGuess.Of(text, "fr");

        Assert.Equal(language, guess.Value);
        Assert.Null(guess.ToDo);
    }

    [Fact]
    public void A_text_too_short_to_tell_gets_the_archives_language_and_a_to_do()
    {
        var guess = LanguageGuess.Of("Ja. Nein.", "fr");

        Assert.Equal("fr", guess.Value);
        Assert.NotNull(guess.ToDo);
    }
}
