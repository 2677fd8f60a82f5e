using Microsoft.Playwright;

namespace Archive.BrowserTests.Support;

/// <summary>
/// Everything a page does wrong while a test uses it: console errors and warnings (a Content-Security-Policy
/// violation is one), uncaught script errors, failed requests and any request that leaves the site.
/// </summary>
public sealed class PageWatch
{
    private readonly List<string> _problems = [];

    private PageWatch()
    {
    }

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    /// <summary>Watches <paramref name="page"/>; every request must start with <paramref name="siteRoot"/>.</summary>
    public static PageWatch Attach(IPage page, string siteRoot)
    {
        var watch = new PageWatch();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                watch.Add($"console {message.Type}: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => watch.Add($"script error: {error}");
        page.RequestFailed += (_, request) => watch.Add($"request failed: {request.Url} ({request.Failure})");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(siteRoot, StringComparison.Ordinal))
            {
                watch.Add($"request outside the site: {request.Url}");
            }
        };
        return watch;
    }

    private void Add(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
