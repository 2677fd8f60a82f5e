using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace Archive.Cli.Serving;

/// <summary>Answers every address the site lacks with status 404 and the site's own 404 page, as a static host would.</summary>
internal sealed class NotFoundPage(IFileProvider site)
{
    // Before the first good build there is no site, and so no 404 page: the problems are added to this one.
    private const string NoSiteYet =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Not found</title>\n</head>\n" +
        "<body>\n<h1>Not found</h1>\n<p>The archive has not been built without errors yet.</p>\n</body>\n</html>\n";

    public async Task InvokeAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status404NotFound;
        response.ContentType = "text/html; charset=utf-8";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        var page = site.GetFileInfo("404.html");
        if (page.Exists)
        {
            await response.SendFileAsync(page, context.RequestAborted);
        }
        else
        {
            await response.WriteAsync(NoSiteYet, context.RequestAborted);
        }
    }
}
