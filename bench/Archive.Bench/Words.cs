namespace Archive.Bench;

/// <summary>German-looking filler with umlauts, enough to give seeds the size and letters of real interviews.</summary>
internal static class Words
{
    public static readonly string[] Common =
    [
        "die", "der", "das", "und", "nicht", "auch", "über", "für", "mit", "wenn", "aber", "schon", "sehr", "noch",
        "Regierung", "Grenze", "Menschen", "Wirtschaft", "Zukunft", "Öffentlichkeit", "Sicherheit", "Politik",
        "Gesellschaft", "Verantwortung", "Bürger", "Städte", "Länder", "Gespräch", "Entscheidung", "Mehrheit",
        "Erfahrung", "Wandel", "Frieden", "Krise", "Arbeit", "Bildung", "Größe", "Mut", "heute", "morgen", "damals",
        "schwierig", "wichtig", "möglich", "öffentlich", "gemeinsam", "sagen", "glauben", "zeigen", "verändern", "führen",
    ];

    public static readonly string[] GivenNames =
    [
        "Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hanna", "Ida", "Jonas", "Karl", "Lena", "Mira", "Nils",
        "Olga", "Paul", "Rosa", "Sven", "Tilda", "Uwe", "Vera", "Wim", "Yara", "Zoe",
    ];

    public static readonly string[] Syllables = ["ber", "gau", "lin", "mör", "sen", "tal", "wen", "zell", "hof", "kamp", "rath", "stein", "ü", "dorf", "mann", "berg"];

    public static readonly string[] TopicStems =
    [
        "Außenpolitik", "Bildung", "Migration", "Klima", "Energie", "Ökonomie", "Gesundheit", "Kultur", "Medien", "Recht",
        "Sicherheit", "Verkehr", "Wohnen", "Arbeit", "Digitales", "Landwirtschaft", "Wissenschaft", "Sport", "Europa", "Städte",
    ];
}
