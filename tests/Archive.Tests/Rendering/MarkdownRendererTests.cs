using Archive.Rendering;

namespace Archive.Tests.Rendering;

public class MarkdownRendererTests
{
    [Theory]
    [InlineData("[klick](javascript:alert(1))")]
    [InlineData("[klick](JavaScript:alert(1))")]
    [InlineData("[klick]( data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("![bild](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void Links_that_could_run_script_lose_their_target(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[ntv](https://www.n-tv.de/)", "href=\"https://www.n-tv.de/\"")]
    [InlineData("[über](../about/index.html)", "href=\"../about/index.html\"")]
    [InlineData("[mail](mailto:redaktion@example.org)", "href=\"mailto:redaktion@example.org\"")]
    public void Safe_links_keep_their_target(string markdown, string expected) =>
        Assert.Contains(expected, MarkdownRenderer.ToHtml(markdown), StringComparison.Ordinal);

    [Fact]
    public void Raw_html_is_shown_as_text_not_markup()
    {
        var html = MarkdownRenderer.ToHtml("Hallo <script>alert(1)</script> und <b onclick=x>fett</b>");

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b ", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
