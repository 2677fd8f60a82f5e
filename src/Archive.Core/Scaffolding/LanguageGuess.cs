using System.Text.RegularExpressions;

namespace Archive.Scaffolding;

/// <summary>
/// German or English, by counting the frequent short words of each: any interview of a few sentences has dozens, and
/// the two lists share none. Another language, or a text too short to tell, gets the archive's language.
/// </summary>
internal static partial class LanguageGuess
{
    /// <summary>Below this many frequent words the text is too short to tell.</summary>
    private const int Enough = 3;

    public static Detected<string> Of(string text, string siteLanguage)
    {
        int german = 0, english = 0;
        foreach (var match in Word().EnumerateMatches(text))
        {
            var word = text.AsSpan(match.Index, match.Length).ToString();
            german += CommonWords.German.Contains(word) ? 1 : 0;
            english += CommonWords.English.Contains(word) ? 1 : 0;
        }

        var counts = $"{german} German and {english} English common words";
        if (Math.Max(german, english) < Enough || german == english)
        {
            return new Detected<string>(siteLanguage, $"the archive's language ({counts} do not tell)", "check the language: de, en or another code");
        }

        return new Detected<string>(german > english ? "de" : "en", counts);
    }

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
