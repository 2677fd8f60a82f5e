using System.Globalization;
using System.Text;
using Archive.Reading;
using Archive.Tests.Support;

namespace Archive.Tests.Reading;

/// <summary>
/// A reader case: <c>Cases/Reading/&lt;name&gt;.txt</c> (or .md) and <c>&lt;name&gt;.expected</c>. The expected file starts
/// with the cast in '#' lines (interviewers, interviewees, source, speakers LABEL=Name, override N=role[:Speaker]), then
/// one line per paragraph: number, role, speaker (or '-') and the paragraph's text, flattened to one line.
/// </summary>
internal sealed record ReadingCase(string Input, SeedFormat Format, Cast Cast, IReadOnlyList<RoleOverride> Overrides, string Expected)
{
    private static string Folder => Path.Combine(Repository.Root, "tests", "Archive.Tests", "Cases", "Reading");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.expected").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static ReadingCase Load(string name)
    {
        var markdown = Path.Combine(Folder, name + ".md");
        var input = File.Exists(markdown) ? markdown : Path.Combine(Folder, name + ".txt");
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var expected = new StringBuilder();
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, name + ".expected")))
        {
            if (line.StartsWith('#'))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                header[line[1..colon].Trim()] = line[(colon + 1)..].Trim();
            }
            else if (line.Length > 0)
            {
                expected.Append(line).Append('\n');
            }
        }

        string[] List(string key) => header.TryGetValue(key, out var v) ? [.. v.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : [];
        var speakers = List("speakers").Select(s => s.Split('=')).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        var overrides = List("override").Select(s => s.Split('=')).Select(p =>
        {
            var roleAndSpeaker = p[1].Split(':');
            return new RoleOverride(int.Parse(p[0], CultureInfo.InvariantCulture), Enum.Parse<ParagraphRole>(roleAndSpeaker[0], ignoreCase: true),
                roleAndSpeaker.Length > 1 ? roleAndSpeaker[1] : null);
        }).ToList();
        return new ReadingCase(
            File.ReadAllText(input),
            input.EndsWith(".md", StringComparison.Ordinal) ? SeedFormat.Markdown : SeedFormat.PlainText,
            new Cast(List("interviewers"), List("interviewees"), header.GetValueOrDefault("source"), speakers),
            overrides,
            expected.ToString());
    }

    public static string Describe(Transcript transcript)
    {
        var builder = new StringBuilder();
        foreach (var p in transcript.Paragraphs)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{p.Number} {p.Role.ToString().ToLowerInvariant()} {p.Speaker ?? "-"} | {p.Text.ReplaceLineEndings(" / ")}\n");
        }

        return builder.ToString();
    }

    /// <summary>The words of a text, without the marks labels and bold are written with, for comparing what was kept.</summary>
    public static string[] Words(string text) =>
        text.Replace("**", " ", StringComparison.Ordinal).Replace("__", " ", StringComparison.Ordinal).TrimStart('\uFEFF')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd(':'))
            .Where(w => w.Length > 0)
            .ToArray();
}
