namespace Archive.Scaffolding;

/// <summary>
/// Newspapers and broadcasters that German-language interviews name as the asking side ("ZEIT ONLINE: Frau Muster, …")
/// without looking like a domain, as each writes its own name. Matched exactly as written: "Stern" or "Welt" may be a
/// surname, "stern" and "WELT" are the magazine and the newspaper; two or three capitals ("SZ", "FAZ") are left out,
/// since they are as likely a person's initials. Without this list such a label reads as a person's name, and the
/// draft would make the newspaper an interviewer with a person page.
/// </summary>
internal static class KnownOutlets
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "ZEIT ONLINE", "Zeit Online", "ZEIT", "DIE ZEIT", "SPIEGEL", "DER SPIEGEL", "SPIEGEL ONLINE", "taz", "F.A.Z.",
        "F.A.S.", "WELT", "WELT AM SONNTAG", "Tagesspiegel", "stern", "FOCUS", "BILD", "Bild am Sonntag", "DER STANDARD",
        "profil", "Deutschlandfunk", "Handelsblatt", "Cicero",
    };

    public static bool Contains(string label) => Names.Contains(label);
}
