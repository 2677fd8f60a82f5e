using System.Text.RegularExpressions;
using Archive.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Archive.Tests.Rendering;

public partial class InterfaceTextTests
{
    private const string InterviewPage = "interviews/falko-ernst-laecheln-und-stillstand/index.html";

    [Fact]
    public void With_language_en_the_sample_speaks_english_and_no_german_interface_text_is_left()
    {
        using var archive = TempArchive.OfSample();
        // The editor's own words in the settings (the description) are content; an English archive has them in English.
        File.WriteAllText(archive.PathOf("archive.yml"), "title: Interview archive\ndescription: Interviews as they were held.\nlanguage: en\n");
        File.WriteAllText(archive.PathOf("content/pages/about.md"), "---\ntitle: About\n---\nAbout this archive.\n");
        Assert.True(archive.Build().Succeeded);
        var german = GermanOnly(archive);

        foreach (var file in Directory.GetFiles(archive.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
            // The interview's own words (title, lead, questions, answers) carry lang="de" and stay German.
            var interface_ = GermanContent().Replace(html, string.Empty);
            var left = german.Where(text => interface_.Contains(text, StringComparison.Ordinal)).ToList();
            Assert.True(left.Count == 0, $"{Path.GetRelativePath(archive.Output, file)} still says: {string.Join(", ", left)}");
        }

        var page = File.ReadAllText(archive.PathOf($"public/{InterviewPage}"));
        Assert.Contains(">January 2023</time>", page, StringComparison.Ordinal);
        Assert.Contains("„der Geringschätzung Lateinamerikas“", page, StringComparison.Ordinal); // German text, German quotes
    }

    /// <summary>Interface texts of de.yml that no English text contains, long enough not to occur by chance.</summary>
    private static List<string> GermanOnly(TempArchive archive)
    {
        static Dictionary<string, string> Texts(string path)
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(path)));
            return ((YamlMappingNode)yaml.Documents[0].RootNode).Children
                .Where(c => c.Value is YamlScalarNode)
                .ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value!);
        }

        var de = Texts(archive.PathOf("templates/i18n/de.yml"));
        var en = Texts(archive.PathOf("templates/i18n/en.yml"));
        return [.. de.Values.Where(text => text.Length >= 6 && !text.Contains('{', StringComparison.Ordinal) && !en.Values.Any(e => e.Contains(text, StringComparison.Ordinal)))];
    }

    [GeneratedRegex("""<(\w+)[^>]* lang="de"[^>]*>.*?</\1>""", RegexOptions.Singleline)]
    private static partial Regex GermanContent();
}
