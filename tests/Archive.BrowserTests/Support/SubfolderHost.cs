using Microsoft.Playwright;

namespace Archive.BrowserTests.Support;

/// <summary>
/// Serves the built site to a browser context as if it were published in a subfolder of someone else's host, under
/// a strict Content-Security-Policy (no inline script or style, nothing from elsewhere): what a newsroom's web server
/// might do. Misses get the site's 404 page with status 404.
/// </summary>
public static class SubfolderHost
{
    public const string Root = "http://archive.test/newsroom/interviews-archive/";

    public const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".xml"] = "application/xml",
        [".txt"] = "text/plain; charset=utf-8",
    };

    public static Task ServeAsync(IBrowserContext context, string output) =>
        context.RouteAsync("http://archive.test/**", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            var file = path.StartsWith(new Uri(Root).AbsolutePath, StringComparison.Ordinal)
                ? Path.GetFullPath(Path.Combine(output, Uri.UnescapeDataString(path[new Uri(Root).AbsolutePath.Length..])))
                : null;
            if (file is not null && Directory.Exists(file))
            {
                file = Path.Combine(file, "index.html");
            }

            var found = file is not null && file.StartsWith(output, StringComparison.Ordinal) && File.Exists(file);
            var served = found ? file! : Path.Combine(output, "404.html");
            await route.FulfillAsync(new()
            {
                Status = found ? 200 : 404,
                Path = served,
                ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(served), "application/octet-stream"),
                Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = Policy },
            });
        });
}
