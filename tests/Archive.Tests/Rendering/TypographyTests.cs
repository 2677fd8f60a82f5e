using Archive.Rendering;

namespace Archive.Tests.Rendering;

public class TypographyTests
{
    [Theory]
    [InlineData("ein Ende \"der Geringschätzung Lateinamerikas\" forderte", "„“", "ein Ende „der Geringschätzung Lateinamerikas“ forderte")]
    [InlineData("mit den Worten \"Lächeln und Stillstand\" zusammengefasst.", "„“", "mit den Worten „Lächeln und Stillstand“ zusammengefasst.")]
    [InlineData("\"Yes,\" she said, \"of course.\"", "“”", "“Yes,” she said, “of course.”")]
    [InlineData("(\"quoted\") and –\"dashed\"", "“”", "(“quoted”) and –“dashed”")]
    [InlineData("a \" alone", "„“", "a \" alone")]
    [InlineData("no quotes at all", "„“", "no quotes at all")]
    public void Straight_double_quotes_become_the_languages_quotes(string text, string marks, string expected) =>
        Assert.Equal(expected, Typography.Quotes(text, marks));

    [Fact]
    public void Without_quote_marks_for_the_language_the_text_stays_as_written() =>
        Assert.Equal("\"so\"", Typography.Quotes("\"so\"", null));
}
