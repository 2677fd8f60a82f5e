using System.Text.RegularExpressions;
using Archive.Modeling;

namespace Archive.Scaffolding;

/// <summary>
/// A new interview's address: the first interviewee's name and the first four words of the title that carry meaning
/// ("falko-ernst-laecheln-stillstand"), made unique with "-2", "-3", … Without either, the seed's file name.
/// </summary>
internal static partial class DraftSlug
{
    private const int TitleWords = 4;

    public static string From(IReadOnlyList<string> interviewees, string? title, string seed, IReadOnlySet<string> taken)
    {
        var name = interviewees.Count > 0 ? Slug.From(interviewees[0]) : string.Empty;
        var nameWords = name.Split('-');
        // Common words are dropped as written ("für", "über"), before the address spells them in ASCII.
        var titleWords = WordSeparator().Split(title ?? string.Empty)
            .Where(w => !CommonWords.IsCommon(w))
            .Select(Slug.From)
            .Where(w => w.Length > 0 && !nameWords.Contains(w, StringComparer.Ordinal))
            .Take(TitleWords);
        var slug = string.Join('-', new[] { name }.Concat(titleWords).Where(w => w.Length > 0));
        if (slug.Length == 0)
        {
            slug = Slug.From(Path.GetFileNameWithoutExtension(seed));
        }

        if (slug.Length == 0)
        {
            slug = "interview";
        }

        var unique = slug;
        for (var n = 2; taken.Contains(unique); n++)
        {
            unique = $"{slug}-{n}";
        }

        return unique;
    }

    [GeneratedRegex(@"[^\p{L}\p{N}'’]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordSeparator();
}
