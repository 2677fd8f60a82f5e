using Microsoft.AspNetCore.Http;

namespace Archive.Cli.Serving;

/// <summary>
/// The server's own two addresses: the live-reload script, and the event stream that tells each open tab about every
/// build (<c>reload</c> after a good one, <c>errors</c> with the problem lines after a failed one). A tab names the
/// build its page came from, so one that finished while it was loading is not missed.
/// </summary>
internal sealed class LiveReload(RequestDelegate next, BuildEvents events, CancellationToken stopping)
{
    private static readonly byte[] Script = ReadScript();

    public Task InvokeAsync(HttpContext context) => context.Request.Path.Value switch
    {
        InjectedMarkup.ScriptPath => SendScript(context.Response),
        InjectedMarkup.EventsPath => StreamEvents(context),
        _ => next(context),
    };

    /// <summary>One server-sent event; a line break in a problem would end the field, so each line is a field of its own.</summary>
    internal static string Event(BuildState state, bool reload)
    {
        if (reload || !state.Failed)
        {
            return $"id: {state.Id}\nevent: reload\ndata: {state.Id}\n\n";
        }

        var lines = state.Problems.SelectMany(p => p.ReplaceLineEndings("\n").Split('\n'));
        return $"id: {state.Id}\nevent: errors\n{string.Concat(lines.Select(line => $"data: {line}\n"))}\n";
    }

    private static async Task SendScript(HttpResponse response)
    {
        response.ContentType = "text/javascript; charset=utf-8";
        response.ContentLength = Script.Length;
        if (!HttpMethods.IsHead(response.HttpContext.Request.Method))
        {
            await response.Body.WriteAsync(Script, response.HttpContext.RequestAborted);
        }
    }

    private async Task StreamEvents(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        using var subscription = events.Subscribe();
        using var end = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            // A reconnecting tab names the last build it heard of; a new one, the build its page came from.
            var seen = context.Request.Headers["Last-Event-ID"].ToString() is { Length: > 0 } last ? last : context.Request.Query["build"].ToString();
            var behind = seen.Length > 0 && seen != subscription.Current.Id;
            await Send(response, $"retry: 1000\n\n{(behind ? Event(subscription.Current, reload: true) : "")}", end.Token);
            await foreach (var state in subscription.Later.ReadAllAsync(end.Token))
            {
                await Send(response, Event(state, reload: false), end.Token);
            }
        }
        catch (OperationCanceledException) when (end.IsCancellationRequested)
        {
            // The tab closed or the server is stopping.
        }
    }

    private static async Task Send(HttpResponse response, string text, CancellationToken cancellation)
    {
        await response.WriteAsync(text, cancellation);
        await response.Body.FlushAsync(cancellation);
    }

    private static byte[] ReadScript()
    {
        using var stream = typeof(LiveReload).Assembly.GetManifestResourceStream("Archive.Cli.Serving.live.js")!;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
