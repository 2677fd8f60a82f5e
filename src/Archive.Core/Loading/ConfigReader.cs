using Archive.Diagnostics;
using Archive.Loading.Yaml;

namespace Archive.Loading;

/// <summary>Reads <c>archive.yml</c>, the site settings.</summary>
internal static class ConfigReader
{
    private static readonly string[] Keys = ["title", "description", "language", "page_size", "base_url"];

    public static SiteConfig? Read(string root, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, ArchivePaths.Config);
        if (!File.Exists(path))
        {
            diagnostics.Error(new SourceLocation(ArchivePaths.Config),
                $"no {ArchivePaths.Config} in {root}; run the command inside an archive folder or name one with --source");
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        var node = YamlFile.Parse(TextDecoder.Read(root, ArchivePaths.Config, diagnostics), ArchivePaths.Config, diagnostics);
        var yaml = MappingReader.Over(node, ArchivePaths.Config, diagnostics, "archive.yml");
        if (yaml is null)
        {
            return null;
        }

        yaml.RejectUnknownKeys(Keys);
        var title = yaml.RequiredString("title");
        var language = yaml.OptionalString("language") ?? "de";
        if (!LanguageCode.IsValid(language))
        {
            diagnostics.Error(yaml.LocationOf("language"), $"'language' must be a language code such as de or en, not '{language}'");
        }

        var pageSize = yaml.OptionalPositiveInt("page_size") ?? SiteConfig.DefaultPageSize;
        var baseUrl = yaml.OptionalString("base_url");
        if (baseUrl is not null && !WebLink.IsHttp(baseUrl))
        {
            diagnostics.Error(yaml.LocationOf("base_url"), $"'base_url' must be an http or https address, not '{baseUrl}'");
            baseUrl = null;
        }

        return title is null || diagnostics.ErrorCount > errorsBefore
            ? null
            : new SiteConfig(title, yaml.OptionalString("description"), language, pageSize, baseUrl is null ? null : baseUrl.TrimEnd('/') + "/");
    }
}
