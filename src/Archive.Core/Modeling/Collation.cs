using System.Globalization;

namespace Archive.Modeling;

/// <summary>
/// Alphabetical order in the site's language (in German, Ä sorts with A), the same on every machine whatever its own
/// culture: the language is named explicitly, and ties fall back to ordinal order.
/// </summary>
public static class Collation
{
    public static IComparer<string> For(string language)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            culture = CultureInfo.InvariantCulture;
        }

        var compare = culture.CompareInfo;
        return Comparer<string>.Create((a, b) =>
        {
            var byLanguage = compare.Compare(a, b, CompareOptions.IgnoreCase);
            return byLanguage != 0 ? byLanguage : string.CompareOrdinal(a, b);
        });
    }
}
