using System.Collections.ObjectModel;
using System.Text;
using Archive.Diagnostics;
using Archive.Loading.Yaml;
using Archive.Modeling;
using Archive.Reading;
using YamlDotNet.RepresentationModel;

namespace Archive.Loading;

/// <summary>Reads one <c>content/interviews/&lt;slug&gt;.yml</c>: the interview's metadata, checked key by key.</summary>
internal static class InterviewMetadataReader
{
    public static readonly string[] Keys =
    [
        "seed", "title", "date", "interviewer", "interviewee", "topics",
        "source", "url", "summary", "language", "mentions", "speakers", "paragraphs", "draft", "embargo",
    ];

    public static InterviewSource? Read(string root, string fullPath, string siteLanguage, DiagnosticBag diagnostics, NamePool? names = null)
    {
        var decoded = TextDecoder.Decode(File.ReadAllBytes(fullPath));
        if (decoded.WasWindows1252)
        {
            TextDecoder.Warn(decoded, ArchivePaths.Relative(root, fullPath), diagnostics); // the path is made only for a warning
        }

        return Parse(root, fullPath, decoded.Text, siteLanguage, diagnostics, names);
    }

    /// <summary>Reads metadata text as if it stood at <paramref name="fullPath"/>; the seed it names is looked up below <paramref name="root"/>.</summary>
    public static InterviewSource? Parse(string root, string fullPath, string text, string siteLanguage, DiagnosticBag diagnostics, NamePool? names = null)
    {
        var path = ArchivePaths.Relative(root, fullPath);
        var slug = Path.GetFileNameWithoutExtension(fullPath);
        var errorsBefore = diagnostics.ErrorCount;
        if (!Slug.IsValid(slug))
        {
            diagnostics.Error(new SourceLocation(path),
                $"the file name '{slug}' is the interview's address and must be a slug: lowercase a-z, digits and single hyphens (such as '{Slug.From(slug)}')");
        }

        var yaml = MappingReader.Over(YamlFile.Parse(text, path, diagnostics), path, diagnostics, "an interview's metadata", names);
        if (yaml is null)
        {
            return null;
        }

        yaml.RejectUnknownKeys(Keys);
        var seed = SeedPath(root, yaml);
        var title = yaml.RequiredString("title");
        var date = Date(yaml, "date", required: true);
        var embargo = Date(yaml, "embargo", required: false);
        var draft = yaml.OptionalBool("draft", fallback: false);
        var interviewers = yaml.NameOrList("interviewer", required: true);
        var interviewees = yaml.NameOrList("interviewee", required: true);
        var topics = yaml.NameList("topics", required: true);
        var mentions = yaml.NameList("mentions", required: false);
        var url = yaml.OptionalString("url");
        if (url is not null && !WebLink.IsHttp(url))
        {
            diagnostics.Error(yaml.LocationOf("url"), $"'url' must be an http or https address, not '{url}'");
        }

        var language = yaml.OptionalString("language") ?? siteLanguage;
        if (!LanguageCode.IsValid(language))
        {
            diagnostics.Error(yaml.LocationOf("language"), $"'language' must be a language code such as de or en, not '{language}'");
        }

        var speakers = Speakers(yaml);
        var overrides = ParagraphOverrides(yaml);
        if (diagnostics.ErrorCount > errorsBefore || seed is null || title is null || date is null)
        {
            return null;
        }

        return new InterviewSource(
            slug, yaml.Location, seed, seed.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? SeedFormat.Markdown : SeedFormat.PlainText,
            title, date.Value, interviewers, interviewees, topics, mentions,
            yaml.OptionalString("source"), url, yaml.OptionalString("summary"), language,
            speakers.Count == 0 ? ReadOnlyDictionary<string, string>.Empty : speakers, overrides.Count == 0 ? Array.Empty<Located<RoleOverride>>() : [.. overrides], draft, embargo);
    }

    /// <summary>The seed's path below seeds/, refused when it points anywhere else, is missing or empty.</summary>
    private static string? SeedPath(string root, MappingReader yaml)
    {
        var seed = yaml.RequiredString("seed");
        if (seed is null)
        {
            return null;
        }

        var at = yaml.LocationOf("seed");
        var seedsFolder = Path.GetFullPath(Path.Combine(root, ArchivePaths.Seeds)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(seedsFolder, seed));
        if (Path.IsPathRooted(seed) || seed.Contains('\\', StringComparison.Ordinal) || !full.StartsWith(seedsFolder, StringComparison.Ordinal))
        {
            yaml.Diagnostics.Error(at, $"'seed' must name a file inside seeds/ by a relative path, not '{seed}'");
            return null;
        }

        var file = new FileInfo(full);
        if (Directory.Exists(full))
        {
            yaml.Diagnostics.Error(at, $"the seed '{seed}' is a folder in seeds/; name the interview's text file");
            return null;
        }

        if (!file.Exists)
        {
            yaml.Diagnostics.Error(at, $"the seed '{seed}' does not exist in seeds/");
            return null;
        }

        if (file.Length == 0)
        {
            yaml.Diagnostics.Error(at, $"the seed '{seed}' is empty");
            return null;
        }

        return ArchivePaths.Relative(root, full);
    }

    private static PartialDate? Date(MappingReader yaml, string key, bool required)
    {
        var text = required ? yaml.RequiredString(key) : yaml.OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        yaml.Diagnostics.Error(yaml.LocationOf(key), error);
        return null;
    }

    /// <summary><c>speakers:</c> maps a label as written in the text to a person's name.</summary>
    private static Dictionary<string, string> Speakers(MappingReader yaml)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var node = yaml.OptionalNode("speakers");
        if (node is null)
        {
            return result;
        }

        if (node is not YamlMappingNode mapping)
        {
            yaml.Diagnostics.Error(YamlFile.At(yaml.Path, node), "'speakers' must map labels to names, such as { ERNST: Falko Ernst }");
            return result;
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { Length: > 0 } label } && value is YamlScalarNode { Value: { Length: > 0 } name })
            {
                result[ComposedText.Of(label.Trim())] = ComposedText.Of(name.Trim());
            }
            else
            {
                yaml.Diagnostics.Error(YamlFile.At(yaml.Path, key), "each entry of 'speakers' must be 'LABEL: Name'");
            }
        }

        return result;
    }

    /// <summary>
    /// <c>paragraphs:</c> corrects what the reader got wrong: <c>4: aside</c> or <c>7: { role: answer, speaker: Name }</c>,
    /// numbered as <c>inspect</c> shows them.
    /// </summary>
    private static List<Located<RoleOverride>> ParagraphOverrides(MappingReader yaml)
    {
        var result = new List<Located<RoleOverride>>();
        var node = yaml.OptionalNode("paragraphs");
        if (node is null)
        {
            return result;
        }

        if (node is not YamlMappingNode mapping)
        {
            yaml.Diagnostics.Error(YamlFile.At(yaml.Path, node), "'paragraphs' must map paragraph numbers to roles, such as { 4: aside }");
            return result;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var at = YamlFile.At(yaml.Path, key);
            if (key is not YamlScalarNode { Value: { } numberText } ||
                !int.TryParse(numberText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ||
                number < 1)
            {
                yaml.Diagnostics.Error(at, "each key of 'paragraphs' must be a paragraph number from 1");
                continue;
            }

            var (roleText, speaker) = value switch
            {
                YamlScalarNode scalar => (scalar.Value, null),
                YamlMappingNode detail => (Scalar(detail, "role"), Scalar(detail, "speaker") is { } name ? ComposedText.Of(name) : null),
                _ => (null, null),
            };
            if (!Enum.TryParse<ParagraphRole>(roleText, ignoreCase: true, out var role) || !Enum.IsDefined(role) || roleText!.All(char.IsAsciiDigit))
            {
                yaml.Diagnostics.Error(YamlFile.At(yaml.Path, value),
                    $"paragraph {number}: the role must be one of lead, question, answer, aside, byline, text (not '{roleText}')");
                continue;
            }

            result.Add(new Located<RoleOverride>(new RoleOverride(number, role, speaker), at));
        }

        return result;
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
