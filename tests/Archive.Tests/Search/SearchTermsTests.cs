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
    public void Folds_case_and_diacritics_the_german_way_and_without_the_e(string text, string[] terms) =>
        Assert.Equal(terms, SearchTerms.Of(text));

    [Fact]
    public void A_run_of_letters_too_long_to_be_a_word_is_not_a_term() =>
        Assert.Equal(["kurz"], SearchTerms.Of(new string('x', 65) + " kurz"));
}
