using Archive.Cli;
using Archive.Cli.Commands;
using Archive.Tests.Support;

namespace Archive.Tests.Cli.Serving;

[Collection(PreviewServers.Collection)]
public class ServeCommandTests
{
    [Fact]
    public async Task Prints_the_first_build_and_the_address_then_stops_with_exit_0()
    {
        using var archive = TempArchive.OfSample();
        var (output, error) = (new SyncedWriter(), new SyncedWriter());
        using var stop = new CancellationTokenSource();
        var line = CommandLine.Parse(["serve", "--source", archive.Root, "--port", "0", "--host", "localhost"]);

        var run = ServeCommand.RunAsync(line, output, error, stop.Token);
        await Eventually.True(() => output.Text.Contains("Serving", StringComparison.Ordinal) || run.IsCompleted, "the address");
        var address = new Uri(System.Text.RegularExpressions.Regex.Match(output.Text, @"at (http://\S+)").Groups[1].Value);
        using (var client = new HttpClient())
        {
            Assert.Contains("<script src=\"/__archive/live.js\"", await client.GetStringAsync(address), StringComparison.Ordinal);
        }

        await stop.CancelAsync();

        Assert.Equal(ExitCodes.Success, await run.WaitAsync(Eventually.Patience));
        Assert.Matches(
            @"^note: .+\nBuilt \d+ pages \(\d+ files\) in \d+\.\d\d s\nServing .+ at http://127\.0\.0\.1:\d+/ \(press Ctrl\+C to stop\)\nStopped\.\n$",
            output.Text);
        Assert.Empty(error.Text);
    }

    [Theory]
    [InlineData("--port must be a number from 0 to 65535, not 'http'", "--port", "http")]
    [InlineData("--port must be a number from 0 to 65535, not '65536'", "--port", "65536")]
    [InlineData("--port must be a number from 0 to 65535, not '-1'", "--port", "-1")]
    [InlineData("--host must be an IP address such as 127.0.0.1 or 0.0.0.0, or localhost; not 'example.org'", "--host", "example.org")]
    public void A_wrong_port_or_host_is_wrong_usage(string expected, params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = Program.Run(["serve", .. options], output, error);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith($"error: {expected}\nUsage: archive serve", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_explained_and_nothing_is_left_behind()
    {
        using var archive = TempArchive.OfSample();
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        var before = Directory.GetDirectories(Path.GetTempPath(), "archive-serve-*").ToHashSet();
        var (output, error) = (new SyncedWriter(), new SyncedWriter());

        var exit = await ServeCommand.RunAsync(
            CommandLine.Parse(["serve", "--source", archive.Root, "--port", $"{port}"]), output, error, CancellationToken.None);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Equal($"error: 127.0.0.1:{port} is in use by another program; choose another --port\n", error.Text);
        Assert.Subset(before, Directory.GetDirectories(Path.GetTempPath(), "archive-serve-*").ToHashSet());
    }
}
