using System.Globalization;
using System.Text;
using AnyAscii;

namespace Archive.Modeling;

/// <summary>
/// Turns names and titles into the ASCII words of an address, the German way: ä→ae, ö→oe, ü→ue, ß→ss,
/// other accents dropped (López Obrador → lopez-obrador), and letters of other scripts transliterated by AnyAscii
/// (Олена Петренко → olena-petrenko). The same name always gives the same slug, in any culture.
/// </summary>
public static class Slug
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            // Most characters are ASCII letters and digits, appended as they are rather than as a string each: every
            // speaker's paragraph is slugged for its link and its open data.
            var plain = char.IsAsciiLetterOrDigit(c);
            var ascii = plain ? null : Transliterate(c);
            if (!plain && ascii is null)
            {
                pendingHyphen = builder.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                builder.Append('-');
                pendingHyphen = false;
            }

            if (plain)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(ascii);
            }
        }

        return builder.ToString();
    }

    /// <summary>True for text that is already a slug: lowercase a-z and digits in words joined by single hyphens.</summary>
    public static bool IsValid(string text) =>
        text.Length > 0 && text[0] != '-' && text[^1] != '-' && !text.Contains("--", StringComparison.Ordinal) &&
        text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>The lowercase ASCII for one character other than an ASCII letter or digit, or null for a separator.</summary>
    private static string? Transliterate(char c)
    {
        if (c is '\'' or '’' or 'ʼ')
        {
            return string.Empty; // "Gabriel's" → "gabriels", not "gabriel-s"
        }

        if (c < 128 || !char.IsLetterOrDigit(c))
        {
            return null;
        }

        return LatinBase(c) ?? Romanized(c);
    }

    /// <summary>
    /// A letter or digit beyond ASCII that has a Latin base, in lowercase ASCII the German way (ä → ae, é → e, ł → l);
    /// null for one of another script.
    /// </summary>
    internal static string? LatinBase(char c)
    {
        switch (c)
        {
            case 'ä' or 'Ä' or 'æ' or 'Æ':
                return "ae";
            case 'ö' or 'Ö' or 'œ' or 'Œ':
                return "oe";
            case 'ü' or 'Ü':
                return "ue";
            case 'ß' or 'ẞ':
                return "ss";
            case 'ø' or 'Ø':
                return "o";
            case 'đ' or 'Đ' or 'ð' or 'Ð':
                return "d";
            case 'ł' or 'Ł':
                return "l";
            case 'þ' or 'Þ':
                return "th";
            case 'ı':
                return "i";
        }

        // Other accented letters: decompose and keep the ASCII base letter (é → e, ñ → n, č → c).
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var part in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(part))
            {
                builder.Append(char.ToLowerInvariant(part));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                return null;
            }
        }

        return builder.Length > 0 ? builder.ToString() : null;
    }

    /// <summary>
    /// A letter without a Latin base (Cyrillic, Greek, Arabic, Chinese, …) as AnyAscii writes it in Latin letters
    /// (п → p, Ж → zh, 北 → bei), lowercased; null when it gives no letter or digit (a surrogate, half a character,
    /// gives none).
    /// </summary>
    internal static string? Romanized(char c)
    {
        if (char.IsSurrogate(c))
        {
            return null;
        }

        var builder = new StringBuilder(4);
        foreach (var b in Transliteration.Transliterate(new Rune(c)))
        {
            if (char.IsAsciiLetterOrDigit((char)b))
            {
                builder.Append(char.ToLowerInvariant((char)b));
            }
        }

        return builder.Length > 0 ? builder.ToString() : null;
    }
}
