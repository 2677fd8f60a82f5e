using System.Text.RegularExpressions;
using Archive.Loading;

namespace Archive.Reading;

/// <summary>
/// The patterns that mark a paragraph's role without a speaker label. Each runs only on paragraphs below a length limit
/// and is anchored or bracketed, so no seed, however long or odd, can make it slow; they are compiled by the source
/// generator, which a non-backtracking regex cannot be (that one is built at run time and cost every build ~60 ms).
/// </summary>
internal static partial class TextPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Closing quotes and brackets that may follow a question mark or an ellipsis.</summary>
    private const string Closers = "\"'“”„»«’‘)]*_ ";

    /// <summary>A paragraph that ends in a question mark or a trailing ellipsis: the interviewer's question.</summary>
    public static bool EndsAsQuestion(string text)
    {
        var end = text.AsSpan().TrimEnd(Closers);
        return end.EndsWith("?") || end.EndsWith("…") || end.EndsWith("...");
    }

    /// <summary>
    /// A photo credit or caption, or a bio box: "… (Foto: Falko Ernst)", "[Photo: …]", a short "Foto: …" paragraph,
    /// "Zur Person: …".
    /// </summary>
    public static bool IsAside(string text) =>
        text.Length < 2000 && (Credit().IsMatch(text) || text.StartsWith("Zur Person:", StringComparison.OrdinalIgnoreCase) ||
        (text.Length < 300 && Caption().IsMatch(text)));

    /// <summary>
    /// The length of a timecode that starts a line or a paragraph, with the white space after it ("[00:01:23] ",
    /// "(12:05) ", "00:01:23.5 "), as transcripts of recorded interviews put before the speaker's label; 0 when the text
    /// starts otherwise.
    /// </summary>
    public static int TimecodeLength(string line)
    {
        // Asked of every line of every seed: most start with a letter and are answered without the regex.
        var first = line.AsSpan().TrimStart();
        if (first.IsEmpty || (first[0] is not ('[' or '(') && !char.IsAsciiDigit(first[0])))
        {
            return 0;
        }

        var match = Timecode().Match(line);
        return match.Success ? match.Length : 0;
    }

    /// <summary>
    /// "Mit X sprach Y", "Das Gespräch führte Y", "Interview by Y" and their kin; in a seed saved decomposed too ("Gespra\u0308ch"
    /// is composed before it is looked at again).
    /// </summary>
    public static bool IsByline(string text) =>
        text.Length < 300 && !text.Contains('\n', StringComparison.Ordinal) &&
        (Byline().IsMatch(text) || (ComposedText.OrNull(text) is { } composed && Byline().IsMatch(composed)));

    [GeneratedRegex(@"[(\[](Fotos?|Bild|Bilder|Photos?|Images?|Quelle|Source|Credits?)\s*:[^()\[\]\n]*[)\]]\s*$", Options)]
    private static partial Regex Credit();

    // Not "Bild:" at the start, which is as likely a newspaper's label as a caption's.
    [GeneratedRegex(@"^(Fotos?|Photos?|Bildunterschrift|Caption)\s*:", Options)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^\s*(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]|\(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\)|\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Timecode();

    [GeneratedRegex(@"^\s*(Mit .+ sprach(en)? .+|Das (Gespräch|Interview) führten? .+|Die Fragen stellten? .+|Interview(ed)? by .+|Interview: .+|Aufgezeichnet von .+)$", Options)]
    private static partial Regex Byline();
}
