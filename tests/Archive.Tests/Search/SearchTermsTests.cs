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
    public void Folds_case_and_diacritics_the_german_way_and_without_the_e(string text, string[] terms) =>
        Assert.Equal(terms, SearchTerms.Of(text));
}
