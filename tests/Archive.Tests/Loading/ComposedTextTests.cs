using Archive.Loading;

namespace Archive.Tests.Loading;

public class ComposedTextTests
{
    [Fact]
    public void Decomposed_text_comes_back_composed()
    {
        Assert.Equal("Andrés López", ComposedText.Of("Andre\u0301s Lo\u0301pez"));
        Assert.Equal("Ölpreis", ComposedText.OrNull("O\u0308lpreis"));
    }

    [Theory]
    [InlineData("Falko Ernst")]
    [InlineData("Andrés López")]
    [InlineData("Олена Петренко")]
    public void Composed_text_is_given_back_as_it_is(string text)
    {
        Assert.Same(text, ComposedText.Of(text));
        Assert.Null(ComposedText.OrNull(text));
    }
}
