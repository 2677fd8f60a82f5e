using System.Text;
using Microsoft.AspNetCore.Http;

namespace Archive.Cli.Serving;

/// <summary>
/// Adds the live-reload script, and the problems of a failed build, to every page as it is sent (see
/// <see cref="InjectedMarkup"/>). The site's files stay exactly as the build wrote them.
/// </summary>
internal sealed class HtmlInjection(RequestDelegate next, BuildEvents events)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // Taken before the page is read: a build finishing meanwhile makes the tab reload once more, never miss a build.
        var state = events.Current;
        var response = context.Response;
        var body = response.Body;
        await using var capture = new HtmlCapture(response, body);
        response.Body = capture;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
        }

        if (capture.Page is { } page)
        {
            var html = Encoding.UTF8.GetBytes(InjectedMarkup.Into(Encoding.UTF8.GetString(page), state));
            response.ContentLength = html.Length;
            await body.WriteAsync(html, context.RequestAborted);
        }
    }
}
