using System.Text.RegularExpressions;

namespace Archive.Scaffolding;

/// <summary>
/// The names a byline gives: "Mit X sprach Y" and "Mit X und Z sprachen Y" name both sides; "Das Gespräch führte Y",
/// "Die Fragen stellte Y", "Interview: Y", "Interview by Y" and "Aufgezeichnet von Y" name the asking side only.
/// </summary>
internal static partial class BylineNames
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    public static (IReadOnlyList<string> Interviewers, IReadOnlyList<string> Interviewees) Parse(string byline)
    {
        var line = byline.Trim();
        if (BothSides().Match(line) is { Success: true } both)
        {
            return (Names(both.Groups["asking"].Value), Names(both.Groups["answering"].Value));
        }

        return AskingSide().Match(line) is { Success: true } asking ? (Names(asking.Groups["asking"].Value), []) : ([], []);
    }

    /// <summary>
    /// "Jana Beispiel und Kai Test." → both names; what follows "für" or a bracket ("für ntv.de") is the outlet, not a
    /// name, and so is an outlet in the list ("Jana Beispiel, ntv.de").
    /// </summary>
    private static List<string> Names(string list)
    {
        var cut = Outlet().Match(list);
        var names = cut.Success ? list[..cut.Index] : list;
        return [.. Separator().Split(names).Select(n => n.Trim().TrimEnd('.', ';', ',').Trim()).Where(n => n.Length > 0 && LabelScan.Classify(n) != LabelKind.Outlet)];
    }

    [GeneratedRegex(@"^Mit (?<answering>.+) sprach(en)? (?<asking>.+)$", Options | RegexOptions.IgnoreCase)]
    private static partial Regex BothSides();

    [GeneratedRegex(@"^(Das (Gespräch|Interview) führten?|Die Fragen stellten?|Interview(ed)? by|Interview:|Aufgezeichnet von) (?<asking>.+)$", Options | RegexOptions.IgnoreCase)]
    private static partial Regex AskingSide();

    [GeneratedRegex(@"\s*(?:,|&|\bund\b|\band\b)\s*", Options)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s+(für|for)\s|\s*[(/]", Options | RegexOptions.IgnoreCase)]
    private static partial Regex Outlet();
}
