namespace Archive.Tests.Support;

/// <summary>A reader of the preview server's event stream, as a browser tab's EventSource would read it.</summary>
internal sealed class EventStream : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, StreamReader reader) => (_response, _reader) = (response, reader);

    /// <summary>Connects as a tab showing a page of build <paramref name="build"/>; returns once the server has answered.</summary>
    public static async Task<EventStream> Open(HttpClient client, string build)
    {
        var response = await client.GetAsync($"/__archive/events?build={Uri.EscapeDataString(build)}", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next event that has data: its name and its data lines joined by line breaks, as EventSource gives them.</summary>
    public async Task<(string Name, string Data)> Next()
    {
        using var patience = new CancellationTokenSource(Eventually.Patience);
        string? name = null;
        var data = new List<string>();
        while (await _reader.ReadLineAsync(patience.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Count > 0)
                {
                    return (name ?? "message", string.Join('\n', data));
                }

                name = null;
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Add(line["data: ".Length..]);
            }
        }

        throw new EndOfStreamException("the server ended the event stream");
    }

    /// <summary>The next event named <paramref name="name"/>, passing over others (a save caught half-written fails a build first).</summary>
    public async Task<string> Next(string name)
    {
        while (true)
        {
            var (next, data) = await Next();
            if (next == name)
            {
                return data;
            }
        }
    }

    /// <summary>Whether the server has ended the stream (waiting at most the usual patience for it).</summary>
    public async Task<bool> Ended()
    {
        using var patience = new CancellationTokenSource(Eventually.Patience);
        try
        {
            while (await _reader.ReadLineAsync(patience.Token) is not null)
            {
            }

            return true;
        }
        catch (IOException)
        {
            return true; // the connection was closed rather than finished: ended all the same
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
