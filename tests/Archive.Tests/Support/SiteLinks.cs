using System.Text.RegularExpressions;

namespace Archive.Tests.Support;

/// <summary>Reads a built site's pages and follows their links the way a browser opening the files from disk would.</summary>
internal static partial class SiteLinks
{
    /// <summary>Every internal link of every page that does not lead to an existing file, or to an existing anchor in it.</summary>
    public static List<string> Broken(string output)
    {
        var broken = new List<string>();
        // 404.html is served at any address, so its links are absolute by design.
        foreach (var page in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Where(p => Path.GetFileName(p) != "404.html"))
        {
            var html = File.ReadAllText(page);
            foreach (Match match in Link().Matches(html))
            {
                var target = System.Net.WebUtility.HtmlDecode(match.Groups[2].Value);
                if (target.StartsWith("http://", StringComparison.Ordinal) || target.StartsWith("https://", StringComparison.Ordinal) ||
                    target.StartsWith("mailto:", StringComparison.Ordinal) || target.StartsWith("data:", StringComparison.Ordinal))
                {
                    continue; // leaves the site, or (data:, the citation downloads) carries its target inside
                }

                var hash = target.IndexOf('#', StringComparison.Ordinal);
                var file = hash >= 0 ? target[..hash] : target;
                var fragment = hash >= 0 ? target[(hash + 1)..] : null;
                var path = file.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, file));
                var from = Path.GetRelativePath(output, page);
                if (file.StartsWith('/') || !path.StartsWith(Path.GetFullPath(output), StringComparison.Ordinal))
                {
                    broken.Add($"{from}: {target} is not relative to the site");
                }
                else if (!File.Exists(path))
                {
                    broken.Add($"{from}: {target} does not exist");
                }
                else if (fragment is not null && !File.ReadAllText(path).Contains($"id=\"{fragment}\"", StringComparison.Ordinal))
                {
                    broken.Add($"{from}: {target} has no anchor '{fragment}'");
                }
            }
        }

        return broken;
    }

    [GeneratedRegex("""\b(href|src)="([^"]*)"   """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Link();
}
