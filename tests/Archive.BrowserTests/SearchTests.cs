using Archive.BrowserTests.Support;

namespace Archive.BrowserTests;

/// <summary>The static search, as a reader uses it: from disk and from a subfolder under a strict Content-Security-Policy.</summary>
[Collection(SampleSiteCollection.Name)]
public class SearchTests(SampleSite site)
{
    private const string SearchPage = "search/index.html";

    [Theory]
    [InlineData(SiteHost.Disk, "Fentanyl", "Fentanyl")]
    [InlineData(SiteHost.Disk, "lopez", "López")]
    [InlineData(SiteHost.Subfolder, "Fentanyl", "Fentanyl")]
    [InlineData(SiteHost.Subfolder, "lopez", "López")]
    [InlineData(SiteHost.Disk, "prasident", "Präsident")] // without the umlaut's e: found and marked
    public async Task A_result_links_to_the_question_whose_exchange_holds_the_match(SiteHost host, string query, string inText)
    {
        await using var open = await OpenPage.OpenAsync(site, host, SearchPage);
        await SearchAndFollowTheFirstResultAsync(open, query, inText);
    }

    [Theory]
    [InlineData(SiteHost.Disk, "Fentanyl", "Fentanyl", "fen")]
    [InlineData(SiteHost.Subfolder, "lopez", "López", "lop")]
    public async Task A_term_in_a_shard_split_further_is_found_as_in_any_other(SiteHost host, string query, string inText, string shard)
    {
        Assert.True(File.Exists(Path.Combine(site.SplitSearchOutput, "search", "terms", shard + ".js")), $"the term is in terms/{shard}.js");
        await using var open = await OpenPage.OpenAsync(site, host, SearchPage, output: site.SplitSearchOutput);
        await SearchAndFollowTheFirstResultAsync(open, query, inText);
    }

    [Theory]
    [InlineData(SiteHost.Disk, "київ", "Київ", "Київ")]
    [InlineData(SiteHost.Subfolder, "київ", "Київ", "Київ")]
    [InlineData(SiteHost.Disk, "МОСКВА", "Москва", "Москва")]
    [InlineData(SiteHost.Disk, "moskva", "Москва", null)] // in Latin letters, as its address would be: found, not marked
    [InlineData(SiteHost.Disk, "οδος", "ΟΔΟΣ", "ΟΔΟΣ")]
    [InlineData(SiteHost.Disk, "Bärenhöhle", "Ba\u0308renho\u0308hle", "Ba\u0308renho\u0308hle")]
    [InlineData(SiteHost.Disk, "barenhohle", "Ba\u0308renho\u0308hle", "Ba\u0308renho\u0308hle")] // without the umlaut's e: found and marked
    public async Task Words_in_other_scripts_and_decomposed_text_are_found(SiteHost host, string query, string inText, string? marked)
    {
        await using var open = await OpenPage.OpenAsync(site, host, SearchPage, output: site.OtherScriptsOutput);
        await SearchAndFollowTheFirstResultAsync(open, query, inText, marked, "Олена Петренко", SampleSite.OtherScriptsPage);
    }

    private static Task SearchAndFollowTheFirstResultAsync(OpenPage open, string query, string inText) =>
        SearchAndFollowTheFirstResultAsync(open, query, inText, inText, "Falko Ernst", "interviews/falko-ernst-laecheln-und-stillstand/index.html");

    private static async Task SearchAndFollowTheFirstResultAsync(OpenPage open, string query, string inText, string? marked, string person, string page)
    {
        await open.Page.FillAsync("#search-query", query);
        var result = open.Page.Locator("#search-results li").First;
        await result.WaitForAsync();
        Assert.Contains(person, await result.InnerTextAsync(), StringComparison.Ordinal);
        if (marked is not null)
        {
            Assert.Contains(marked, await result.Locator("mark").AllInnerTextsAsync(), StringComparer.OrdinalIgnoreCase);
        }

        // The wait begins before the click, so no event of the navigation can come before it: one run that began waiting
        // after the click timed out although the page had loaded (Playwright's log: the network-idle event had fired).
        var arrived = open.Page.WaitForURLAsync($"**/{page}#q*");
        await result.Locator("a[href*='#q']").First.ClickAsync();
        await arrived;
        var anchor = new Uri(open.Page.Url).Fragment.TrimStart('#');
        var exchange = await ExchangeTextAsync(open, anchor);

        Assert.Contains(inText, exchange, StringComparison.Ordinal);
        Assert.Empty(open.Watch.Problems);
    }

    [Fact]
    public async Task The_search_box_on_every_page_leads_to_results()
    {
        await using var open = await OpenPage.OpenAsync(site, SiteHost.Disk, "topics/index.html");
        await open.Page.FillAsync("#site-search-query", "Fentanyl");
        await open.Page.PressAsync("#site-search-query", "Enter");

        await open.Page.Locator("#search-results li").First.WaitForAsync();
        Assert.Equal("Fentanyl", await open.Page.InputValueAsync("#search-query"));
        Assert.Empty(open.Watch.Problems);
    }

    [Fact]
    public async Task A_filter_by_topic_keeps_only_interviews_on_that_topic()
    {
        await using var open = await OpenPage.OpenAsync(site, SiteHost.Disk, SearchPage);
        await open.Page.Locator("#search-topic option[value='usa']").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await open.Page.SelectOptionAsync("#search-topic", "usa");
        await open.Page.FillAsync("#search-query", "Fentanyl");
        await open.Page.Locator("#search-results li").First.WaitForAsync();

        await open.Page.SelectOptionAsync("#search-topic", "");
        Assert.Equal(1, await open.Page.Locator("#search-results li").CountAsync());
    }

    [Fact]
    public async Task A_person_named_in_the_address_is_chosen_in_the_filter()
    {
        await using var open = await OpenPage.OpenAsync(site, SiteHost.Disk, SearchPage + "?q=Fentanyl&person=falko-ernst");

        await open.Page.Locator("#search-results li").First.WaitForAsync();
        Assert.Equal("falko-ernst", await open.Page.InputValueAsync("#search-person"));
        Assert.Equal(1, await open.Page.Locator("#search-results li").CountAsync());
        Assert.Empty(open.Watch.Problems);
    }

    [Fact]
    public async Task The_filter_by_person_is_filled_in_beside_a_search()
    {
        await using var open = await OpenPage.OpenAsync(site, SiteHost.Disk, SearchPage + "?q=lopez");

        await open.Page.Locator("#search-results li").First.WaitForAsync();
        await open.Page.Locator("#search-person option[value='falko-ernst']").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        Assert.Empty(open.Watch.Problems);
    }

    [Fact]
    public async Task A_word_not_in_the_archive_says_nothing_was_found()
    {
        await using var open = await OpenPage.OpenAsync(site, SiteHost.Disk, SearchPage);
        var none = await open.Page.GetAttributeAsync("#search-status", "data-none");
        await open.Page.FillAsync("#search-query", "Quantenchromodynamik");

        await open.Page.WaitForFunctionAsync("document.getElementById('search-status').textContent.length > 0");
        Assert.Equal(none, await open.Page.InnerTextAsync("#search-status"));
        Assert.Equal(0, await open.Page.Locator("#search-results li").CountAsync());
    }

    [Fact]
    public async Task Without_javascript_the_search_page_explains_itself()
    {
        await using var open = await OpenPage.OpenAsync(site, SiteHost.Disk, SearchPage, javaScript: false);

        var message = open.Page.Locator(".search-message").First;

        Assert.True(await message.IsVisibleAsync());
        Assert.False(string.IsNullOrWhiteSpace(await message.InnerTextAsync()));
    }

    /// <summary>The question with the anchor and every answer up to the next question.</summary>
    private static Task<string> ExchangeTextAsync(OpenPage open, string anchor) =>
        open.Page.EvaluateAsync<string>(
            """
            (id) => {
              const question = document.getElementById(id);
              let text = question.textContent;
              for (let node = question.nextElementSibling; node && !node.classList.contains('question'); node = node.nextElementSibling) {
                text += '\n' + node.textContent;
              }
              return text;
            }
            """,
            anchor);
}
