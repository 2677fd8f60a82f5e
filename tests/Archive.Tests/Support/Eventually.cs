namespace Archive.Tests.Support;

/// <summary>
/// Waits for something a background build brings about. The patience is generous because the machine may be busy;
/// it is a limit on waiting, not a measure of speed.
/// </summary>
internal static class Eventually
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>The page at <paramref name="url"/> once <paramref name="ready"/> holds for its status and text; fails with the last one seen otherwise.</summary>
    public static async Task<(int Status, string Html)> Page(HttpClient client, string url, Func<int, string, bool> ready, string waitingFor)
    {
        var deadline = DateTime.UtcNow + Patience;
        var (status, html) = (0, "");
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync(url);
            (status, html) = ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
            if (ready(status, html))
            {
                return (status, html);
            }

            await Task.Delay(100);
        }

        Assert.Fail($"waited {Patience.TotalSeconds} s for {waitingFor} at {url}; the last answer was {status}:\n{html}");
        return (status, html);
    }

    /// <summary>Waits until <paramref name="condition"/> holds; fails naming <paramref name="waitingFor"/> otherwise.</summary>
    public static async Task True(Func<bool> condition, string waitingFor)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"waited {Patience.TotalSeconds} s for {waitingFor}");
            await Task.Delay(50);
        }
    }
}
