namespace Archive.Loading;

/// <summary>Checks a BCP 47 language code of the simple kinds an archive uses ("de", "en", "de-CH").</summary>
internal static class LanguageCode
{
    public static bool IsValid(string code)
    {
        var parts = code.Split('-');
        return parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetterLower) &&
            parts.Skip(1).All(p => p.Length is >= 2 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }
}
