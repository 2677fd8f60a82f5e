using Microsoft.Playwright;

namespace Archive.BrowserTests.Support;

/// <summary>
/// The repository's sample archive, published at <see cref="SubfolderHost.Root"/> (its <c>base_url</c>), built once
/// into a temporary folder, and Debian's Chromium driven by Playwright (never a downloaded browser). Shared by every
/// browser test; each test opens its own context.
/// </summary>
public sealed class SampleSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"archive-browser-{Guid.NewGuid():N}");
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The built site.</summary>
    public string Output => Path.Combine(_folder, "public");

    /// <summary>
    /// The same site with its search index split as a big archive's is (every prefix whose shard is estimated above
    /// 64 bytes split by one letter more), so that the search page's way to the split shards is tried on the sample.
    /// </summary>
    public string SplitSearchOutput => Path.Combine(_folder, "public-split-search");

    /// <summary>
    /// The sample archive with one interview more, whose words are in other scripts (Cyrillic, Greek in capitals) or
    /// saved decomposed (ä as a and a combining mark), built with the search index split as in <see cref="SplitSearchOutput"/>.
    /// </summary>
    public string OtherScriptsOutput => Path.Combine(_folder, "public-other-scripts");

    /// <summary>The address of that interview's page, below the site root.</summary>
    public const string OtherScriptsPage = "interviews/olena-petrenko/index.html";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser has not started");

    /// <summary>Every page kind the site has, by a page of that kind (path relative to the site root).</summary>
    public static TheoryData<string, string> PageKinds => new()
    {
        { "home", "index.html" },
        { "interviews", "interviews/index.html" },
        { "interview", "interviews/falko-ernst-laecheln-und-stillstand/index.html" },
        { "topics", "topics/index.html" },
        { "topic", "topics/mexiko/index.html" },
        { "people", "people/index.html" },
        { "person", "people/falko-ernst/index.html" },
        { "page", "about/index.html" },
        { "search", "search/index.html" },
    };

    public async Task InitializeAsync()
    {
        var archive = Path.Combine(_folder, "archive");
        foreach (var part in new[] { "content", "seeds", "templates" })
        {
            CopyFolder(Path.Combine(Repository.Root, part), Path.Combine(archive, part));
        }

        // Feeds, the sitemap and the 404 page need the address the site is published at.
        File.WriteAllText(
            Path.Combine(archive, "archive.yml"),
            File.ReadAllText(Path.Combine(Repository.Root, "archive.yml")) + $"base_url: {SubfolderHost.Root}\n");
        var otherScripts = Path.Combine(_folder, "archive-other-scripts");
        CopyFolder(archive, otherScripts);
        File.WriteAllText(Path.Combine(otherScripts, "seeds", "olena-petrenko.txt"), string.Join("\n\n",
            "Olena Petrenko lebt in der Ukraine und schreibt über Städte.",
            "Frage: Ist Ihre Stadt Київ, und waren Sie oft in Москва?",
            "Antwort: In beiden, ja.",
            "Frage: Stand in Griechenland über der Tür ΝΕΑ ΟΔΟΣ?",
            "Antwort: So war es.",
            "Frage: Schlafen Sie im Winter in einer Ba\u0308renho\u0308hle?",
            "Antwort: Nein, nie.",
            "Mit Олена Петренко sprach Jana Beispiel") + "\n");
        File.WriteAllText(Path.Combine(otherScripts, "content", "interviews", "olena-petrenko.yml"), """
            seed: olena-petrenko.txt
            title: Städte in anderen Schriften
            date: 2024-05
            interviewer: Jana Beispiel
            interviewee: Олена Петренко
            topics: [Städte]
            """);
        foreach (var options in new[]
        {
            new BuildOptions(archive, Output),
            new BuildOptions(archive, SplitSearchOutput) { SearchShardLimit = 64 },
            new BuildOptions(otherScripts, OtherScriptsOutput) { SearchShardLimit = 64 },
        })
        {
            var report = ArchiveBuild.Run(options);
            if (!report.Succeeded)
            {
                throw new InvalidOperationException("the sample archive did not build:\n" + string.Join('\n', report.Diagnostics));
            }
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The tests run as root in CI, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The file:// address of a page of the built site (or of <paramref name="output"/>, another build of it).</summary>
    public string FileUrl(string path, string? output = null) => new Uri(Path.Combine(output ?? Output, path) + (path.Length == 0 ? "/" : "")).AbsoluteUri;
}

[CollectionDefinition(Name)]
public sealed class SampleSiteCollection : ICollectionFixture<SampleSite>
{
    public const string Name = "sample site in Chromium";
}
