using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Scaffolding;

/// <summary>
/// What looks like a person's name, and how a name written in capitals or as a surname alone ("ERNST") is written in
/// full elsewhere in the same text ("Falko Ernst").
/// </summary>
internal static partial class NameForms
{
    private const int MaxWords = 5;

    /// <summary>Lowercase words inside a name: "Ludwig van Beethoven", "José Ortega y Gasset".</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "de", "da", "di", "del", "della", "la", "le", "zu", "y", "bin", "al", "ten", "ter", "dos", "du",
    };

    /// <summary>Articles that are part of a name only after "von" or "van": "Ursula von der Leyen", not "Anmerkung der Redaktion".</summary>
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "der", "den" };

    /// <summary>One to five capitalised words ("Falko Ernst", "ERNST", "Hans-Peter Müller-Lüdenscheid"), with particles between them.</summary>
    public static bool LooksLikeName(string text)
    {
        var words = text.Split(' ');
        if (words.Length > MaxWords || text.Count(char.IsLetter) < 2)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            var inner = i > 0 && i < words.Length - 1;
            var particle = inner && (Particles.Contains(words[i]) || (Articles.Contains(words[i]) && words[i - 1] is "von" or "van"));
            if (!particle && (!NameWord().IsMatch(words[i]) || CommonWords.IsCommon(words[i])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"ERNST" or "muster": written all in one case, as labels often are, and so not as the name is written.</summary>
    public static bool IsOneCase(string text) =>
        text.Any(char.IsLetter) && (text.Where(char.IsLetter).All(char.IsUpper) || text.Where(char.IsLetter).All(char.IsLower));

    /// <summary>
    /// <paramref name="name"/> as the text writes it elsewhere in mixed case ("ERNST" → "Ernst"), the most frequent such
    /// form; without one, each word capitalised.
    /// </summary>
    public static string ProperCase(string name, string text)
    {
        if (!IsOneCase(name))
        {
            return name;
        }

        var found = new Regex($@"\b{Regex.Escape(name)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)
            .Matches(text)
            .Select(m => m.Value)
            .Where(v => !IsOneCase(v))
            .GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
        return found ?? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
    }

    /// <summary>
    /// The full name a surname stands for in <paramref name="text"/>: a capitalised first name straight before it
    /// ("Falko Ernst"), the most frequent one; null when the text never writes one.
    /// </summary>
    public static string? FullNameFor(string surname, string text)
    {
        var pattern = $@"\b(?<first>\p{{Lu}}\p{{Ll}}+(-\p{{Lu}}\p{{Ll}}+)?) (?<last>{Regex.Escape(surname)})\b";
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)
            .Matches(text)
            .Where(m => IsCapitalised(m.Groups["first"].Value) && !IsOneCase(m.Groups["last"].Value))
            .Where(m => !CommonWords.IsCommon(m.Groups["first"].Value) && !CommonWords.Titles.Contains(m.Groups["first"].Value))
            .Select(m => $"{m.Groups["first"].Value} {m.Groups["last"].Value}")
            .GroupBy(n => n, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
    }

    /// <summary>The last word of a name, which a label may use alone.</summary>
    public static string Surname(string name)
    {
        var trimmed = name.Trim();
        var cut = trimmed.LastIndexOf(' ');
        return cut < 0 ? trimmed : trimmed[(cut + 1)..];
    }

    /// <summary>The initials of a name's capitalised words: "Ben Probe" → "BP".</summary>
    public static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => char.ToUpperInvariant(w[0])));

    // The case-insensitive match above also finds "falko" or "FALKO"; a first name must start upper and go on lower.
    private static bool IsCapitalised(string word) => char.IsUpper(word[0]) && word.Skip(1).Where(char.IsLetter).Any(char.IsLower);

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();
}
