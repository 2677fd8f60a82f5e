using Archive.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Archive.Loading.Yaml;

/// <summary>
/// Reads the values of one YAML mapping by key, checking types, and reports every problem (unknown key with a hint,
/// missing key, wrong type, empty value) at the line and column where it is. Names come composed
/// (<see cref="ComposedText"/>), so that they compare as they look; other values (a seed's file name, an address) as
/// written.
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlMappingNode _node;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly NamePool? _names;

    private MappingReader(YamlMappingNode node, string path, DiagnosticBag diagnostics, NamePool? names)
    {
        _node = node;
        _names = names;
        Path = path;
        Diagnostics = diagnostics;
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalarKey)
            {
                if (!_entries.TryAdd(name, (scalarKey, value)))
                {
                    diagnostics.Error(YamlFile.At(path, key), $"key '{name}' is given twice");
                }
            }
            else
            {
                diagnostics.Error(YamlFile.At(path, key), "a key must be a plain word");
            }
        }
    }

    public string Path { get; }

    public DiagnosticBag Diagnostics { get; }

    public SourceLocation Location => YamlFile.At(Path, _node);

    /// <summary>
    /// A reader over <paramref name="node"/>; null when there is no node (the parser said why) or, with an error,
    /// when it is not a mapping. The entries of lists are taken from <paramref name="names"/> when it is given.
    /// </summary>
    public static MappingReader? Over(YamlNode? node, string path, DiagnosticBag diagnostics, string what, NamePool? names = null)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                return new MappingReader(mapping, path, diagnostics, names);
            case null:
                return null;
            default:
                diagnostics.Error(YamlFile.At(path, node), $"{what} must be a mapping of keys to values, such as 'title: …' on each line");
                return null;
        }
    }

    public bool Has(string key) => _entries.ContainsKey(key);

    public SourceLocation LocationOf(string key) =>
        _entries.TryGetValue(key, out var entry) ? YamlFile.At(Path, entry.Value) : Location;

    /// <summary>Reports keys not in <paramref name="known"/>, with the nearest known key as a hint.</summary>
    public void RejectUnknownKeys(IReadOnlyCollection<string> known)
    {
        foreach (var (name, entry) in _entries)
        {
            if (known.Contains(name))
            {
                continue;
            }

            var hint = Suggestion.Closest(name, known);
            Diagnostics.Error(YamlFile.At(Path, entry.Key), hint is null
                ? $"unknown key '{name}' (known keys: {string.Join(", ", known)})"
                : $"unknown key '{name}'; did you mean '{hint}'?");
        }
    }

    public string? RequiredString(string key) => String(key, required: true);

    /// <summary>A required name, composed.</summary>
    public string? RequiredName(string key) => String(key, required: true) is { } name ? ComposedText.Of(name) : null;

    public string? OptionalString(string key) => String(key, required: false);

    public YamlNode? OptionalNode(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public int? OptionalPositiveInt(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        Diagnostics.Error(LocationOf(key), $"'{key}' must be a whole number above 0, not '{text}'");
        return null;
    }

    public bool OptionalBool(string key, bool fallback)
    {
        var text = OptionalString(key);
        switch (text)
        {
            case null:
                return fallback;
            case "true" or "yes":
                return true;
            case "false" or "no":
                return false;
            default:
                Diagnostics.Error(LocationOf(key), $"'{key}' must be true or false, not '{text}'");
                return fallback;
        }
    }

    /// <summary>A single name or a list of names; at least one is required when <paramref name="required"/>.</summary>
    public IReadOnlyList<Located<string>> NameOrList(string key, bool required) => Strings(key, required, allowSingle: true, names: true).ToArray();

    /// <summary>A YAML list of names.</summary>
    public IReadOnlyList<Located<string>> NameList(string key, bool required) => Strings(key, required, allowSingle: false, names: true).ToArray();

    /// <summary>A YAML list of non-empty strings.</summary>
    public IReadOnlyList<Located<string>> List(string key, bool required) => Strings(key, required, allowSingle: false, names: false).ToArray();

    private string? String(string key, bool required)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            if (required)
            {
                MissingKey(key);
            }

            return null;
        }

        if (entry.Value is not YamlScalarNode scalar)
        {
            Diagnostics.Error(YamlFile.At(Path, entry.Value), $"'{key}' must be a single value, not a {Kind(entry.Value)}");
            return null;
        }

        var text = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(text) || IsNull(scalar))
        {
            if (required)
            {
                Diagnostics.Error(YamlFile.At(Path, entry.Value), $"'{key}' is empty");
            }

            return null;
        }

        return text;
    }

    /// <remarks>Read into a list, kept as an array of the exact length: an archive's metadata stays loaded for the whole build.</remarks>
    private List<Located<string>> Strings(string key, bool required, bool allowSingle, bool names)
    {
        var result = new List<Located<string>>();
        if (!_entries.TryGetValue(key, out var entry))
        {
            if (required)
            {
                MissingKey(key);
            }

            return result;
        }

        switch (entry.Value)
        {
            case YamlScalarNode scalar when allowSingle && !IsNull(scalar):
                AddItem(key, scalar, result, names);
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode itemScalar)
                    {
                        AddItem(key, itemScalar, result, names);
                    }
                    else
                    {
                        Diagnostics.Error(YamlFile.At(Path, item), $"each entry of '{key}' must be a single value, not a {Kind(item)}");
                    }
                }

                if (sequence.Children.Count == 0 && required)
                {
                    Diagnostics.Error(YamlFile.At(Path, entry.Value), $"'{key}' is an empty list; give at least one");
                }

                break;
            case YamlScalarNode scalar when IsNull(scalar):
                if (required)
                {
                    Diagnostics.Error(YamlFile.At(Path, entry.Value), $"'{key}' is empty");
                }

                break;
            default:
                Diagnostics.Error(YamlFile.At(Path, entry.Value), allowSingle
                    ? $"'{key}' must be a name or a list of names, not a {Kind(entry.Value)}"
                    : $"'{key}' must be a list such as [a, b], not a {Kind(entry.Value)}");
                break;
        }

        return result;
    }

    private void AddItem(string key, YamlScalarNode scalar, List<Located<string>> into, bool names)
    {
        var text = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(text) || IsNull(scalar))
        {
            Diagnostics.Error(YamlFile.At(Path, scalar), $"'{key}' has an empty entry");
            return;
        }

        if (names)
        {
            text = ComposedText.Of(text);
        }

        into.Add(new Located<string>(_names?.Of(text) ?? text, YamlFile.At(Path, scalar)));
    }

    private void MissingKey(string key) => Diagnostics.Error(Location, $"missing required key '{key}'");

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";

    private static string Kind(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "single value",
    };
}
