using Archive.Search;

namespace Archive.Tests.Search;

public class SearchTermsTests
{
    [Theory]
    [InlineData("López", new[] { "lopez" })]
    [InlineData("für", new[] { "fuer", "fur" })]
    [InlineData("Größe", new[] { "groesse", "grosse" })]
    [InlineData("US-Präsident, \"El Chapo\"!", new[] { "us", "praesident", "prasident", "el", "chapo" })]
    [InlineData("a 1 é", new string[0])]
    [InlineData("Straße ÉCOLE Œuvre", new[] { "strasse", "ecole", "oeuvre" })]
    [InlineData("Kürzlich 2023er", new[] { "kuerzlich", "kurzlich", "2023er" })]
    [InlineData("ÄRGER-Über_9B", new[] { "aerger", "arger", "ueber", "uber", "9b" })]
    [InlineData("—Ende—", new[] { "ende" })]
    public void Folds_case_and_diacritics_the_german_way_and_without_the_e(string text, string[] terms) =>
        Assert.Equal(terms, SearchTerms.Of(text));

    [Theory]
    [InlineData("Петров", new[] { "петров", "petrov" })]
    [InlineData("Ёлка", new[] { "елка", "elka" })]
    [InlineData("ΝΕΑ ΟΔΟΣ", new[] { "νεα", "nea", "οδοσ", "odos" })]
    [InlineData("οδός", new[] { "οδοσ", "odos" })]
    [InlineData("Ivan-Петров", new[] { "ivan", "петров", "petrov" })]
    [InlineData("北京大学", new[] { "北京大学", "beijingdaxue" })]
    public void Keeps_another_script_as_itself_and_also_in_latin_letters(string text, string[] terms) =>
        Assert.Equal(terms, SearchTerms.Of(text));

    [Theory]
    [InlineData("Gespra\u0308ch", "Gespräch")]
    [InlineData("Lo\u0301pez", "López")]
    [InlineData("\u0415\u0308lka", "Ёlka")]
    public void Folds_decomposed_text_as_composed_text(string decomposed, string composed) =>
        Assert.Equal(SearchTerms.Of(composed), SearchTerms.Of(decomposed));

    [Fact]
    public void A_character_beyond_the_basic_multilingual_plane_separates_words() =>
        Assert.Equal(["ab", "cd", "ab"], SearchTerms.Of("ab\U00020000cd ab😀"));

    [Fact]
    public void A_run_of_letters_too_long_to_be_a_word_is_not_a_term() =>
        Assert.Equal(["kurz"], SearchTerms.Of(new string('x', 65) + " kurz " + new string('x', 64) + "ä"));

    [Fact]
    public void The_longest_word_is_still_a_term()
    {
        var word = "ä" + new string('X', 63);

        Assert.Equal([new string('x', 64), "ae" + new string('x', 63), "a" + new string('x', 63)], SearchTerms.Of(new string('X', 64) + " " + word));
    }
}
