using Archive.Bench;

namespace Archive.Tests.Bench;

public class HugoSiteTests
{
    private static readonly GeneratedInterview Interview = new(
        "interview-000001", "interview-000001.txt", "Gespräch 1", "2020-04",
        ["Eva Beispiel"], ["Ola Muster"], ["Europa 1", "Arbeit 2"],
        "Vorspann.\n\nFrage: Warum?\n\nAntwort: Darum.\n", "Vorspann.\n\n## Warum?\n\n**Ola Muster:** Darum.\n", HasSource: false);

    private static string Write(HugoLayouts layouts)
    {
        var root = Path.Combine(Path.GetTempPath(), "archive-hugo-" + Guid.NewGuid().ToString("N"));
        new HugoSite(root, layouts).Add(Interview);
        return root;
    }

    [Fact]
    public void The_equivalent_site_holds_the_structured_conversation_and_lists_questions_and_related_interviews()
    {
        var root = Write(HugoLayouts.Equivalent);
        try
        {
            var page = File.ReadAllText(Path.Combine(root, "content", "interviews", "interview-000001.md"));
            var single = File.ReadAllText(Path.Combine(root, "layouts", "_default", "single.html"));

            Assert.EndsWith("---\n" + Interview.Markdown, page, StringComparison.Ordinal);
            Assert.Contains("date: 2020-04-01\n", page, StringComparison.Ordinal);
            Assert.Contains(".TableOfContents", single, StringComparison.Ordinal);
            Assert.Contains(".Site.RegularPages.Related . | first 5", single, StringComparison.Ordinal);
            Assert.Contains("application/ld+json", single, StringComparison.Ordinal);
            Assert.Contains("[related]", File.ReadAllText(Path.Combine(root, "config.toml")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_bare_site_holds_the_seed_text_under_the_links_alone()
    {
        var root = Write(HugoLayouts.Bare);
        try
        {
            var page = File.ReadAllText(Path.Combine(root, "content", "interviews", "interview-000001.md"));
            var single = File.ReadAllText(Path.Combine(root, "layouts", "_default", "single.html"));

            Assert.EndsWith("---\n" + Interview.Text, page, StringComparison.Ordinal);
            Assert.DoesNotContain(".TableOfContents", single, StringComparison.Ordinal);
            Assert.DoesNotContain(".Related", single, StringComparison.Ordinal);
            Assert.DoesNotContain("[related]", File.ReadAllText(Path.Combine(root, "config.toml")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
