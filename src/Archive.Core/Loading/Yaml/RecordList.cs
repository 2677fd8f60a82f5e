using Archive.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Archive.Loading.Yaml;

/// <summary>An optional YAML file holding a list of records (people.yml, topics.yml); a missing file is an empty list.</summary>
internal static class RecordList
{
    public static IEnumerable<MappingReader> Read(string root, string relativePath, string what, DiagnosticBag diagnostics)
    {
        var full = Path.Combine(root, relativePath);
        if (!File.Exists(full))
        {
            yield break;
        }

        var node = YamlFile.Parse(TextDecoder.Read(root, relativePath, diagnostics), relativePath, diagnostics, emptyIsError: false);
        if (node is null)
        {
            yield break;
        }

        if (node is not YamlSequenceNode list)
        {
            diagnostics.Error(YamlFile.At(relativePath, node), $"{what} must be a list of records, each starting with '- name: …'");
            yield break;
        }

        foreach (var item in list.Children)
        {
            var reader = MappingReader.Over(item, relativePath, diagnostics, $"each record of {what}");
            if (reader is not null)
            {
                yield return reader;
            }
        }
    }
}
