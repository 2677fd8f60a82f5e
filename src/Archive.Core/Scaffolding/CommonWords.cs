namespace Archive.Scaffolding;

/// <summary>
/// Short, frequent words of German and English: they tell the two languages apart, are never a person's name, and
/// carry no meaning in an address. Words the two languages share ("in", "so") are in neither list.
/// </summary>
internal static class CommonWords
{
    public static readonly HashSet<string> German = new(StringComparer.OrdinalIgnoreCase)
    {
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "einem", "einer", "zu", "mit", "sich", "auf",
        "für", "von", "dem", "den", "des", "sie", "es", "wir", "ich", "auch", "als", "wie", "aber", "oder", "wird",
        "werden", "sind", "hat", "haben", "bei", "nach", "noch", "nur", "über", "aus", "um", "dass", "wenn", "man", "im",
        "zum", "zur", "vom", "am", "sehr", "schon", "war", "wurde", "kann", "können", "was", "wer", "warum", "doch",
    };

    public static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "is", "are", "of", "to", "that", "it", "was", "for", "with", "as", "on", "not", "this", "be",
        "have", "you", "what", "they", "we", "but", "or", "by", "from", "at", "an", "which", "would", "there", "their",
        "has", "been", "will", "do", "does", "how", "why", "who", "can", "about", "were", "its", "a", "our", "very",
    };

    /// <summary>Words that stand before a name without being part of it: "Frau Muster", "Experte Falko Ernst".</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Frau", "Herr", "Herrn", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Professorin", "Mr", "Mr.", "Mrs", "Mrs.",
        "Ms", "Ms.", "Miss", "Sir", "Dame", "Lord", "Lady", "Doktor", "Experte", "Expertin", "Präsident", "Präsidentin",
        "President", "Kanzler", "Kanzlerin", "Minister", "Ministerin", "Senator", "Senatorin", "Autor", "Autorin",
        "Chef", "Chefin", "Sankt", "Saint", "St.", "Gespräch", "Interview",
    };

    public static bool IsCommon(string word) => German.Contains(word) || English.Contains(word);
}
