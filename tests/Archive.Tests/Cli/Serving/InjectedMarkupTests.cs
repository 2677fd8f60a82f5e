using Archive.Cli.Serving;

namespace Archive.Tests.Cli.Serving;

public class InjectedMarkupTests
{
    private static readonly BuildState Good = new("ab12-3", []);

    [Fact]
    public void The_script_goes_just_before_the_last_closing_body_tag_whatever_its_case()
    {
        var page = InjectedMarkup.Into("<html><body><p>a</body> in text</p>\n</BODY>\n</html>", Good);

        Assert.Equal("<html><body><p>a</body> in text</p>\n<script src=\"/__archive/live.js\" data-build=\"ab12-3\" defer></script>\n</BODY>\n</html>", page);
    }

    [Fact]
    public void A_page_without_a_body_tag_gets_the_script_at_its_end()
    {
        Assert.Equal("<p>a</p>" + InjectedMarkup.For(Good), InjectedMarkup.Into("<p>a</p>", Good));
    }

    [Fact]
    public void A_good_build_adds_no_overlay()
    {
        Assert.DoesNotContain(InjectedMarkup.OverlayId, InjectedMarkup.For(Good), StringComparison.Ordinal);
    }

    [Fact]
    public void The_overlay_lists_every_problem_line_escaped()
    {
        var failed = new BuildState("ab12-4", [
            "templates/layout.html:3:5: error: unknown variable '<script>alert(1)</script>' & more",
            "content/interviews/a.yml:1:1: warning: \"quoted\"",
            "1 error(s), 1 warning(s)",
        ]);

        var markup = InjectedMarkup.For(failed);

        Assert.Contains(
            "<pre>templates/layout.html:3:5: error: unknown variable &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; &amp; more\n" +
            "content/interviews/a.yml:1:1: warning: &quot;quoted&quot;\n1 error(s), 1 warning(s)</pre>",
            markup,
            StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", markup, StringComparison.Ordinal);
        Assert.Contains($"<aside id=\"{InjectedMarkup.OverlayId}\" role=\"alert\">", markup, StringComparison.Ordinal);
        Assert.EndsWith("<script src=\"/__archive/live.js\" data-build=\"ab12-4\" defer></script>\n", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markup_has_no_inline_script_or_style_so_a_strict_content_security_policy_allows_it()
    {
        var markup = InjectedMarkup.For(new BuildState("ab12-4", ["x:1:1: error: y", "1 error(s), 0 warning(s)"]));

        Assert.DoesNotContain("style=", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", markup, StringComparison.Ordinal);
        Assert.DoesNotContain(" on", markup, StringComparison.Ordinal);
        Assert.Equal(1, markup.Split("<script").Length - 1);
        Assert.Contains("<script src=", markup, StringComparison.Ordinal);
    }
}
