using Archive.BrowserTests.Support;

namespace Archive.BrowserTests;

/// <summary>A reader follows every link of the site, opened from disk and published in a subfolder.</summary>
[Collection(SampleSiteCollection.Name)]
public class NavigationTests(SampleSite site)
{
    [Theory]
    [InlineData(SiteHost.Disk)]
    [InlineData(SiteHost.Subfolder)]
    public async Task Every_page_is_reached_from_the_home_page_without_an_error_or_a_foreign_request(SiteHost host)
    {
        await using var open = await OpenPage.OpenAsync(site, host, "index.html");
        var seen = new HashSet<string>(StringComparer.Ordinal) { open.Root + "index.html" };
        var queue = new Queue<string>(seen);
        var broken = new List<string>();
        while (queue.TryDequeue(out var address))
        {
            var response = await open.Page.GotoAsync(address);
            if (host == SiteHost.Subfolder && response?.Status != 200)
            {
                broken.Add($"{address}: {response?.Status}");
            }

            var links = await open.Page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.href)");
            foreach (var link in links.Select(l => l.Split('#')[0]).Where(l => l.StartsWith(open.Root, StringComparison.Ordinal)))
            {
                if (!seen.Add(link))
                {
                    continue;
                }

                if (link.EndsWith(".html", StringComparison.Ordinal))
                {
                    queue.Enqueue(link);
                }
                else if (!File.Exists(Path.Combine(site.Output, Uri.UnescapeDataString(link[open.Root.Length..]))))
                {
                    // Downloads (citations, data, feeds) are not pages to visit, but they must exist.
                    broken.Add($"{address} links to a missing file {link}");
                }
            }
        }

        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "404.html")
            .Select(f => open.Root + Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Empty(broken);
        Assert.Empty(open.Watch.Problems);
        Assert.Superset(pages, seen.Where(s => s.EndsWith(".html", StringComparison.Ordinal)).ToHashSet());
        Assert.Subset(seen, pages);
    }

    [Fact]
    public async Task A_missing_address_in_a_subfolder_shows_the_styled_404_page()
    {
        await using var open = await OpenPage.OpenAsync(site, SiteHost.Subfolder, "interviews/no-such-interview/index.html");

        Assert.Equal("kind-404", await open.Page.EvaluateAsync<string>("document.body.className"));
        // The style sheet and the links come from the site's base_url, wherever the missing address was.
        Assert.NotEqual("none", await open.Page.EvaluateAsync<string>("getComputedStyle(document.querySelector('main')).maxWidth"));
        await open.Page.ClickAsync(".site-title");
        Assert.Equal(SubfolderHost.Root + "index.html", open.Page.Url);
        // Chromium reports the missing page itself; nothing else may go wrong.
        Assert.Single(open.Watch.Problems, p => p.Contains("status of 404", StringComparison.Ordinal));
        Assert.Single(open.Watch.Problems);
    }

    [Fact]
    public async Task An_answer_anchor_in_the_address_scrolls_to_its_question()
    {
        await using var open = await OpenPage.OpenAsync(site, SiteHost.Disk, "interviews/falko-ernst-laecheln-und-stillstand/index.html#q6");

        var top = await open.Page.EvaluateAsync<double>("document.getElementById('q6').getBoundingClientRect().top");

        Assert.InRange(top, -1, 200);
        Assert.True(await open.Page.EvaluateAsync<double>("window.scrollY") > 0);
    }

    [Theory]
    [InlineData(SiteHost.Disk)]
    [InlineData(SiteHost.Subfolder)]
    public async Task The_citation_downloads_save_under_the_interviews_name(SiteHost host)
    {
        await using var open = await OpenPage.OpenAsync(site, host, "interviews/falko-ernst-laecheln-und-stillstand/index.html");

        var download = await open.Page.RunAndWaitForDownloadAsync(() => open.Page.ClickAsync("a[download$='.bib']"));

        Assert.Equal("falko-ernst-laecheln-und-stillstand.bib", download.SuggestedFilename);
        Assert.StartsWith("@misc{falko-ernst-laecheln-und-stillstand,", await File.ReadAllTextAsync(await download.PathAsync()), StringComparison.Ordinal);
        Assert.Empty(open.Watch.Problems);
    }
}
