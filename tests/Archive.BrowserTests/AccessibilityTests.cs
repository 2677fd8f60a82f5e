using Archive.BrowserTests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Archive.BrowserTests;

/// <summary>Every page kind, checked by axe-core against WCAG 2.2 level AA, as readers on a desktop and on a phone see it.</summary>
[Collection(SampleSiteCollection.Name)]
public class AccessibilityTests(SampleSite site)
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
    };

    public static TheoryData<string, string> PageKinds => SampleSite.PageKinds;

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task Every_page_kind_has_no_axe_violations(string kind, string path)
    {
        await using var open = await OpenPage.OpenAsync(site, SiteHost.Disk, path);
        if (kind == "search")
        {
            // The results are part of the page a reader uses: check them too.
            await open.Page.FillAsync("#search-query", "Fentanyl");
            await open.Page.WaitForSelectorAsync("#search-results li");
        }

        var results = await open.Page.RunAxe(WcagAA);

        Assert.True(results.Violations.Length == 0, $"{kind} ({path}):\n" + Describe(results.Violations));
    }

    [Fact]
    public async Task The_page_for_a_missing_address_has_no_axe_violations()
    {
        // The 404 page only exists on a web server; its links lead to the site's base_url.
        await using var open = await OpenPage.OpenAsync(site, SiteHost.Subfolder, "no/such/page.html");

        var results = await open.Page.RunAxe(WcagAA);

        Assert.True(results.Violations.Length == 0, Describe(results.Violations));
    }

    [Fact]
    public async Task The_interview_page_on_a_phone_has_no_axe_violations()
    {
        await using var open = await OpenPage.OpenAsync(site, SiteHost.Disk, "interviews/falko-ernst-laecheln-und-stillstand/index.html");
        await open.Page.SetViewportSizeAsync(360, 740);

        var results = await open.Page.RunAxe(WcagAA);

        Assert.True(results.Violations.Length == 0, Describe(results.Violations));
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) =>
        string.Join('\n', violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join('\n', v.Nodes.Select(n => $"    {n.Html}"))));
}
