namespace Archive.Reading;

/// <summary>
/// Titles and forms of address that a speaker's label may put before the name ("Prof. Dr. Ola Muster:", "Frau Muster:",
/// "Mr Smith:"), as German and English interviews often do; the name without them is what the cast knows.
/// </summary>
internal static class NameTitles
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Prof.", "Professor", "Professorin", "Dr.", "med.", "phil.", "rer.", "nat.", "jur.", "h.c.", "Dipl.-Ing.",
        "Herr", "Frau", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Sir", "Dame",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitlesOfSpan = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The label without the titles it starts with, or the label itself when it has none (or is nothing else).</summary>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> label)
    {
        var rest = label;
        while (rest.IndexOf(' ') is > 0 and var space && TitlesOfSpan.Contains(rest[..space]))
        {
            rest = rest[(space + 1)..].TrimStart();
        }

        return rest.IsEmpty || TitlesOfSpan.Contains(rest) ? label : rest;
    }
}
