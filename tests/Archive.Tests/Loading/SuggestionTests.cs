using Archive.Loading.Yaml;

namespace Archive.Tests.Loading;

public class SuggestionTests
{
    private static readonly string[] Keys = ["seed", "title", "interviewer", "interviewee", "topics"];

    [Theory]
    [InlineData("intervieweee", "interviewee")]
    [InlineData("Topics", "topics")]
    [InlineData("titel", "title")]
    public void Suggests_the_known_key_a_near_miss_was_meant_to_be(string typo, string meant) =>
        Assert.Equal(meant, Suggestion.Closest(typo, Keys));

    [Fact]
    public void Suggests_nothing_for_a_word_far_from_every_key() =>
        Assert.Null(Suggestion.Closest("photographer", Keys));
}
