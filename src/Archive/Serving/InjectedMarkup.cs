using System.Net;

namespace Archive.Cli.Serving;

/// <summary>
/// What the server adds to every page it sends, never to the files of the site: the live-reload script, loaded by
/// its address so that it runs under a strict Content-Security-Policy, and the list of problems when the latest
/// build failed.
/// </summary>
internal static class InjectedMarkup
{
    public const string ScriptPath = "/__archive/live.js";
    public const string EventsPath = "/__archive/events";
    public const string OverlayId = "archive-build-errors";

    // live.js builds the same overlay when a build fails while a page is open.
    public const string OverlayTitle = "The archive has errors. This is the last good build; the page reloads when they are fixed.";

    /// <summary><paramref name="page"/> with the markup for <paramref name="state"/> just before its closing body tag, or at its end.</summary>
    public static string Into(string page, BuildState state)
    {
        var markup = For(state);
        var end = page.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? page + markup : page.Insert(end, markup);
    }

    public static string For(BuildState state)
    {
        var script = $"<script src=\"{ScriptPath}\" data-build=\"{WebUtility.HtmlEncode(state.Id)}\" defer></script>\n";
        return !state.Failed
            ? script
            : $"""
               <aside id="{OverlayId}" role="alert">
               <p>{WebUtility.HtmlEncode(OverlayTitle)}</p>
               <pre>{WebUtility.HtmlEncode(string.Join('\n', state.Problems))}</pre>
               </aside>
               {script}
               """;
    }
}
