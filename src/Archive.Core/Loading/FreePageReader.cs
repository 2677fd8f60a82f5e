using Archive.Diagnostics;
using Archive.Loading.Yaml;
using Archive.Modeling;

namespace Archive.Loading;

/// <summary>Reads <c>content/pages/&lt;slug&gt;.md</c>: YAML front matter between '---' lines, then Markdown.</summary>
internal static class FreePageReader
{
    private static readonly string[] Keys = ["title"];

    public static FreePage? Read(string root, string fullPath, DiagnosticBag diagnostics)
    {
        var path = ArchivePaths.Relative(root, fullPath);
        var slug = Path.GetFileNameWithoutExtension(fullPath);
        if (!Slug.IsValid(slug))
        {
            diagnostics.Error(new SourceLocation(path), $"the file name '{slug}' is the page's address and must be a slug such as '{Slug.From(slug)}'");
            return null;
        }

        var lines = TextDecoder.Read(root, path, diagnostics).ReplaceLineEndings("\n").Split('\n');
        var end = lines.Length > 0 && lines[0].TrimEnd() == "---" ? Array.FindIndex(lines, 1, l => l.TrimEnd() == "---") : -1;
        if (end < 0)
        {
            diagnostics.Error(new SourceLocation(path), "a page starts with front matter: a line '---', 'title: …', and another line '---'");
            return null;
        }

        // The blank first line keeps YamlDotNet's line numbers equal to the file's.
        var frontMatter = "\n" + string.Join('\n', lines[1..end]);
        var yaml = MappingReader.Over(YamlFile.Parse(frontMatter, path, diagnostics), path, diagnostics, "a page's front matter");
        if (yaml is null)
        {
            return null;
        }

        yaml.RejectUnknownKeys(Keys);
        var title = yaml.RequiredString("title");
        return title is null ? null : new FreePage(slug, new SourceLocation(path), title, string.Join('\n', lines[(end + 1)..]), end + 2);
    }
}
