using System.Globalization;
using Archive.Diagnostics;
using Archive.Loading;
using Archive.Loading.Yaml;
using Scriban.Runtime;
using YamlDotNet.RepresentationModel;

namespace Archive.Rendering;

/// <summary>
/// The interface text of one language, from <c>templates/i18n/&lt;language&gt;.yml</c>: the words templates show as
/// <c>t.&lt;key&gt;</c>, the month names and the date patterns. Read-only once loaded, shared by all threads.
/// </summary>
public sealed class InterfaceText
{
    private static readonly string[] RequiredKeys = ["date_day", "date_month"];

    private readonly IReadOnlyDictionary<string, string> _strings;
    private readonly IReadOnlyList<string> _months;

    private InterfaceText(string language, IReadOnlyDictionary<string, string> strings, IReadOnlyList<string> months)
    {
        Language = language;
        _strings = strings;
        _months = months;
    }

    public string Language { get; }

    public string this[string key] => _strings[key];

    /// <summary>An optional entry: null when the language does not define it.</summary>
    public string? Find(string key) => _strings.GetValueOrDefault(key);

    public static string PathFor(string language) => $"{ArchivePaths.Templates}/i18n/{language}.yml";

    public static InterfaceText? Load(string root, string language, DiagnosticBag diagnostics)
    {
        var path = PathFor(language);
        var full = Path.Combine(root, path);
        if (!File.Exists(full))
        {
            return null;
        }

        var node = YamlFile.Parse(TextDecoder.Read(root, path, diagnostics), path, diagnostics);
        var yaml = MappingReader.Over(node, path, diagnostics, "an interface text file");
        if (yaml is null)
        {
            return null;
        }

        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var months = new List<string>();
        foreach (var (key, value) in ((YamlMappingNode)node!).Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (name == "months")
            {
                months.AddRange(yaml.List("months", required: true).Select(m => m.Value));
            }
            else if (value is YamlScalarNode { Value: { } text })
            {
                strings[name] = text;
            }
            else
            {
                diagnostics.Error(YamlFile.At(path, value), $"'{name}' must be a single text");
            }
        }

        foreach (var required in RequiredKeys.Where(k => !strings.ContainsKey(k)))
        {
            diagnostics.Error(yaml.Location, $"missing required key '{required}'");
        }

        if (months.Count != 12)
        {
            diagnostics.Error(yaml.LocationOf("months"), $"'months' must list the 12 month names, not {months.Count}");
            return null;
        }

        return new InterfaceText(language, strings, months);
    }

    /// <summary>A date in this language at its own precision: "2023", "Januar 2023", "9. Januar 2023".</summary>
    public string Format(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => Fill(_strings["date_day"], date),
        DatePrecision.Month => Fill(_strings["date_month"], date),
        _ => date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The texts as a Scriban object, for the templates' <c>t</c>.</summary>
    public ScriptObject ToScriptObject()
    {
        var script = new ScriptObject();
        foreach (var (key, value) in _strings)
        {
            script[key] = value;
        }

        script["months"] = _months.ToArray();
        script.IsReadOnly = true;
        return script;
    }

    private string Fill(string pattern, PartialDate date) => pattern
        .Replace("{day}", date.Day?.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{month}", _months[(date.Month ?? 1) - 1], StringComparison.Ordinal)
        .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
