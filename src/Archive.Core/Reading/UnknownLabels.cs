using System.Text.RegularExpressions;

namespace Archive.Reading;

/// <summary>
/// Paragraphs that start like a speaker's label ("Ola Mustr: …") without being one: a misspelt name, or a person the
/// metadata does not name. The reader keeps such a paragraph's text as it is and guesses its speaker from the
/// conversation, so the editor is told, once per label, where it first occurs. Only names of two to four capitalised
/// words used at least twice count: a single capitalised word opening a German sentence ("Fazit: …") is no label.
/// </summary>
internal static partial class UnknownLabels
{
    private const int Uses = 2;

    public static IEnumerable<(string Label, int Line, int Count)> Find(Transcript transcript) =>
        transcript.Paragraphs
            .Where(p => p.Label is null && p.Role is not (ParagraphRole.Aside or ParagraphRole.Byline))
            .Select(p => (Match: NameLabel().Match(p.Text), p.Line))
            .Where(m => m.Match.Success)
            .GroupBy(m => m.Match.Groups["name"].Value, StringComparer.Ordinal)
            .Select(g => (Label: g.Key, g.First().Line, Count: g.Count()))
            .Where(g => g.Count >= Uses);

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}):\s", RegexOptions.CultureInvariant)]
    private static partial Regex NameLabel();
}
