using Microsoft.Playwright;

namespace Archive.BrowserTests.Support;

/// <summary>A page of the sample site open in its own browser context, with everything it does wrong recorded.</summary>
public sealed class OpenPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private OpenPage(IBrowserContext context, IPage page, PageWatch watch, string root)
    {
        _context = context;
        Page = page;
        Watch = watch;
        Root = root;
    }

    public IPage Page { get; }

    public PageWatch Watch { get; }

    /// <summary>The address of the site's root folder, ending in '/'.</summary>
    public string Root { get; }

    /// <param name="output">Another build of the sample to open instead of <see cref="SampleSite.Output"/>.</param>
    public static async Task<OpenPage> OpenAsync(SampleSite site, SiteHost host, string path, bool javaScript = true, string? output = null)
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        // Generous: a shared 2-core machine under load can be slow; a real failure still fails, only later.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        var root = host == SiteHost.Disk ? site.FileUrl("", output) : SubfolderHost.Root;
        if (host == SiteHost.Subfolder)
        {
            await SubfolderHost.ServeAsync(context, output ?? site.Output);
        }

        var page = await context.NewPageAsync();
        var watch = PageWatch.Attach(page, root);
        await page.GotoAsync(root + path);
        return new OpenPage(context, page, watch, root);
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
