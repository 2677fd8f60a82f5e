using Archive.Rendering;

namespace Archive.Tests.Rendering;

public class HtmlTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("Tom & Jerry's", "Tom &amp; Jerry&#39;s")]
    [InlineData("Lächeln und Stillstand", "Lächeln und Stillstand")]
    [InlineData("<&>\"'", "&lt;&amp;&gt;&quot;&#39;")]
    [InlineData("Ende & ", "Ende &amp; ")]
    [InlineData(null, "")]
    public void Escapes_the_characters_that_mean_something_to_html_and_keeps_umlauts(string? text, string escaped) =>
        Assert.Equal(escaped, Html.Escape(text));
}
