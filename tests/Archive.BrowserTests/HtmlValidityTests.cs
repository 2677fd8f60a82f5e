using System.Text.Json;
using Archive.BrowserTests.Support;

namespace Archive.BrowserTests;

/// <summary>The Nu Html Checker (vnu.jar from npm, run with Java) on every page of the built sample.</summary>
[Collection(SampleSiteCollection.Name)]
public class HtmlValidityTests(SampleSite site)
{
    private static string Checker => Path.Combine(ExternalTool.TestFolder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public async Task Every_page_of_the_sample_is_valid_html()
    {
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 10, "the sample site should have every page kind");

        var (exit, output, error) = await ExternalTool.RunAsync("java", ["-jar", Checker, "--errors-only", "--format", "json", .. pages]);

        // vnu prints its JSON report to standard error; exit 1 means errors were found.
        var messages = JsonDocument.Parse(error).RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(messages.Count == 0 && exit == 0, string.Join('\n', messages) + output);
    }

    [Fact]
    public async Task The_checker_finds_an_error_when_there_is_one()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"archive-invalid-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(broken, "<!DOCTYPE html><html lang=\"en\"><title>x</title><p><div></p>");
        try
        {
            var (exit, _, error) = await ExternalTool.RunAsync("java", ["-jar", Checker, "--errors-only", "--format", "json", broken]);

            Assert.Equal(1, exit);
            Assert.NotEmpty(JsonDocument.Parse(error).RootElement.GetProperty("messages").EnumerateArray());
        }
        finally
        {
            File.Delete(broken);
        }
    }
}
