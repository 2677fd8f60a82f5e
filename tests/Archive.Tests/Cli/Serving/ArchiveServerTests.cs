using System.Net;
using System.Text.RegularExpressions;
using Archive.Cli.Serving;
using Archive.Tests.Support;

namespace Archive.Tests.Cli.Serving;

/// <summary>The preview server in this process, on a free port, against a copy of the sample archive.</summary>
[Collection(PreviewServers.Collection)]
public sealed partial class ArchiveServerTests : IDisposable
{
    private const string Metadata = "content/interviews/falko-ernst-laecheln-und-stillstand.yml";
    private const string InterviewUrl = "/interviews/falko-ernst-laecheln-und-stillstand/";
    private const string LiveScript = "<script src=\"/__archive/live.js\"";

    private readonly SyncedWriter _output = new();
    private readonly SyncedWriter _error = new();

    [Fact]
    public async Task Pages_are_sent_with_the_live_script_which_the_built_files_do_not_contain()
    {
        using var archive = TempArchive.OfSample();
        await using var server = await Start(archive);
        using var client = new HttpClient { BaseAddress = server.Address };

        foreach (var (url, file) in new[] { ("/", "index.html"), (InterviewUrl, InterviewUrl[1..] + "index.html"), ("/topics/index.html", "topics/index.html") })
        {
            using var response = await client.GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Single(ScriptTag().Matches(html));
            Assert.Contains("defer></script>\n</body>", html, StringComparison.Ordinal);
            Assert.DoesNotContain(InjectedMarkup.OverlayId, html, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllText(Path.Combine(server.SiteFolder, file)), ScriptTag().Replace(html, ""));
        }

        Assert.Contains("Falko Ernst", await client.GetStringAsync(InterviewUrl), StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.EnumerateFiles(server.SiteFolder, "*", SearchOption.AllDirectories),
            file => File.ReadAllText(file).Contains("__archive", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_site_is_built_outside_the_archive_and_other_files_are_sent_unchanged()
    {
        using var archive = TempArchive.OfSample();
        await using var server = await Start(archive);
        using var client = new HttpClient { BaseAddress = server.Address };

        Assert.False(Directory.Exists(archive.Output), "the archive's own public/ is left alone");
        Assert.False(server.WorkFolder.StartsWith(archive.Root, StringComparison.Ordinal));
        Assert.StartsWith(Path.GetFullPath(Path.GetTempPath()), server.SiteFolder, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(archive.PathOf("templates/assets/style.css")), await client.GetByteArrayAsync("/assets/style.css"));
        Assert.Equal(await client.GetStringAsync("/interviews/index.html"), await client.GetStringAsync("/interviews"));
        Assert.Contains("EventSource", await client.GetStringAsync("/__archive/live.js"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_address_gets_status_404_and_the_sites_own_404_page()
    {
        using var archive = TempArchive.OfSample();
        await using var server = await Start(archive);
        using var client = new HttpClient { BaseAddress = server.Address };

        using var response = await client.GetAsync("/interviews/no-such-interview/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(ScriptTag().Matches(html));
        Assert.Equal(File.ReadAllText(Path.Combine(server.SiteFolder, "404.html")), ScriptTag().Replace(html, ""));
    }

    [Fact]
    public async Task Editing_a_title_rebuilds_and_tells_open_tabs_to_reload()
    {
        using var archive = TempArchive.OfSample();
        await using var server = await Start(archive);
        using var client = new HttpClient { BaseAddress = server.Address };
        using var tab = await EventStream.Open(client, BuildOf(await client.GetStringAsync(InterviewUrl)));

        Edit(archive, Metadata, "title: \"„Lächeln und Stillstand“", "title: \"Ein neuer Titel");

        await tab.Next("reload");
        var (_, html) = await Eventually.Page(client, InterviewUrl, (_, page) => page.Contains("Ein neuer Titel", StringComparison.Ordinal), "the new title");
        Assert.Contains(LiveScript, html, StringComparison.Ordinal);
        Assert.Contains("Rebuilt", _output.Text, StringComparison.Ordinal);
        Assert.Contains($"after a change to {Metadata}", _output.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_seed_changes_the_interview_page()
    {
        using var archive = TempArchive.OfSample();
        await using var server = await Start(archive);
        using var client = new HttpClient { BaseAddress = server.Address };
        var seed = archive.PathOf("seeds/000_348f921fcf72eedc.txt");

        File.AppendAllText(seed, "\n\nEin Nachtrag der Redaktion, eigens für die Vorschau geschrieben.\n");

        await Eventually.Page(client, InterviewUrl, (_, page) => page.Contains("eigens für die Vorschau", StringComparison.Ordinal), "the added paragraph");
    }

    [Fact]
    public async Task A_broken_metadata_file_shows_its_errors_on_every_page_until_it_is_fixed()
    {
        using var archive = TempArchive.OfSample();
        await using var server = await Start(archive);
        using var client = new HttpClient { BaseAddress = server.Address };
        using var tab = await EventStream.Open(client, BuildOf(await client.GetStringAsync("/")));

        Edit(archive, Metadata, "date: 2023-01", "date: [2023-01");

        var data = await tab.Next("errors");
        Assert.Matches($@"^{Regex.Escape(Metadata)}:\d+:\d+: error: ", data);
        var (status, home) = await Eventually.Page(client, "/", (_, page) => page.Contains(InjectedMarkup.OverlayId, StringComparison.Ordinal), "the overlay");
        Assert.Equal(200, status);

        // The same lines as the console, escaped, and the last good build still underneath.
        var printed = _error.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        Assert.Contains(printed, line => line.StartsWith($"{Metadata}:", StringComparison.Ordinal) && line.Contains(": error: ", StringComparison.Ordinal));
        Assert.All(printed, line => Assert.Contains(WebUtility.HtmlEncode(line), home, StringComparison.Ordinal));
        Assert.Equal(data, string.Join('\n', printed));
        Assert.Contains("Build failed with 1 error(s)", _output.Text, StringComparison.Ordinal);
        var (interviewStatus, interview) = await Eventually.Page(client, InterviewUrl, (_, page) => page.Contains(InjectedMarkup.OverlayId, StringComparison.Ordinal), "the overlay");
        Assert.Equal(200, interviewStatus);
        Assert.Contains("Falko Ernst", interview, StringComparison.Ordinal);
        using (var missing = await client.GetAsync("/nothing-here"))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Contains(InjectedMarkup.OverlayId, await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Edit(archive, Metadata, "date: [2023-01", "date: 2023-01");

        await tab.Next("reload");
        await Eventually.Page(client, "/", (status, page) => status == 200 && !page.Contains(InjectedMarkup.OverlayId, StringComparison.Ordinal), "the overlay to go");
    }

    [Fact]
    public async Task An_archive_with_errors_from_the_start_is_served_with_them_until_it_is_fixed()
    {
        using var archive = TempArchive.OfSample();
        Edit(archive, Metadata, "interviewer: Janis Peitsch", "intervieweer: Janis Peitsch");
        await using var server = await Start(archive);
        using var client = new HttpClient { BaseAddress = server.Address };

        using (var response = await client.GetAsync("/"))
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains(WebUtility.HtmlEncode($"{Metadata}:"), html, StringComparison.Ordinal);
            Assert.Contains("unknown key &#39;intervieweer&#39;", html, StringComparison.Ordinal);
            Assert.Contains("2 error(s), 0 warning(s)</pre>", html, StringComparison.Ordinal);
            Assert.Contains(LiveScript, html, StringComparison.Ordinal);
        }

        Edit(archive, Metadata, "intervieweer: Janis Peitsch", "interviewer: Janis Peitsch");

        var (_, fixedHome) = await Eventually.Page(client, "/", (status, _) => status == 200, "the first good build");
        Assert.DoesNotContain(InjectedMarkup.OverlayId, fixedHome, StringComparison.Ordinal);
        Assert.Matches(@"^Build failed with 2 error\(s\); pages show the errors until they are fixed\n", _output.Text);
        Assert.Single(Regex.Matches(_output.Text, "^note: feeds and sitemap.xml were not written", RegexOptions.Multiline));
        Assert.Matches($@"(?m)^Rebuilt \d+ pages \(\d+ files\) in \d+\.\d\d s after a change to {Regex.Escape(Metadata)}$", _output.Text);
    }

    [Fact]
    public async Task A_tab_showing_an_older_build_is_told_to_reload_as_soon_as_it_listens()
    {
        using var archive = TempArchive.OfSample();
        await using var server = await Start(archive);
        using var client = new HttpClient { BaseAddress = server.Address };

        using var tab = await EventStream.Open(client, "0000-0");

        Assert.Equal("reload", (await tab.Next()).Name);
    }

    [Fact]
    public async Task Stopping_ends_open_event_streams_closes_the_port_and_deletes_the_build_folder_and_its_cache()
    {
        using var archive = TempArchive.OfSample();
        using var stop = new CancellationTokenSource();
        var server = await ArchiveServer.StartAsync(new ServeOptions(archive.Root, IPAddress.Loopback, 0), _output, _error, stop.Token);
        using var client = new HttpClient { BaseAddress = server.Address };
        using var tab = await EventStream.Open(client, BuildOf(await client.GetStringAsync("/")));
        Assert.True(Directory.Exists(server.WorkFolder));
        Assert.NotEmpty(Directory.GetFiles(archive.PathOf(Archive.Writing.BuildCache.Folder)));

        await stop.CancelAsync();
        await server.Completion.WaitAsync(Eventually.Patience);

        Assert.True(await tab.Ended());
        Assert.False(Directory.Exists(server.WorkFolder));
        // The preview's manifests go too; what was read of the archive's metadata stays, for its next build.
        Assert.Equal(
            [Archive.Writing.BuildCache.MetadataPath(archive.Root), Archive.Writing.BuildCache.RelatedPath(archive.Root)],
            Directory.GetFiles(archive.PathOf(Archive.Writing.BuildCache.Folder)).Order(StringComparer.Ordinal));
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/"));
        await server.DisposeAsync();
        Assert.Empty(_error.Text);
    }

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
    }

    private Task<ArchiveServer> Start(TempArchive archive) =>
        ArchiveServer.StartAsync(new ServeOptions(archive.Root, IPAddress.Loopback, 0), _output, _error, CancellationToken.None);

    private static void Edit(TempArchive archive, string relative, string from, string to)
    {
        var text = File.ReadAllText(archive.PathOf(relative));
        Assert.Contains(from, text, StringComparison.Ordinal);
        archive.Write(relative, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static string BuildOf(string html) => BuildAttribute().Match(html).Groups[1].Value;

    [GeneratedRegex("<script src=\"/__archive/live.js\" data-build=\"[0-9a-f]+-[0-9]+\" defer></script>\n")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("data-build=\"([^\"]+)\"")]
    private static partial Regex BuildAttribute();
}
