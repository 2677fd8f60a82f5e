using System.Text.RegularExpressions;
using Archive.Reading;

namespace Archive.Scaffolding;

/// <summary>
/// A title proposed from the lead: a headline when the text starts with one (a single short line without a full stop),
/// otherwise the lead's first sentence, cut at a clause or word boundary when it is long. Always to be checked.
/// </summary>
internal static partial class TitleProposal
{
    public const int MaxLength = 100;

    private const int MaxHeadline = 120;

    /// <summary>Words before a full stop that do not end a sentence: "Dr. Muster", "z. B.", "Nr. 5".</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Dr", "Prof", "St", "Nr", "bzw", "ca", "vgl", "usw", "etc", "Mr", "Mrs", "Ms", "Jr", "Sr", "Hr", "Fr", "sog", "ggf", "inkl", "evtl", "vs",
    };

    public static Detected<string?> From(Transcript transcript)
    {
        var lead = transcript.Paragraphs.FirstOrDefault(p => p.Role == ParagraphRole.Lead) ??
            (transcript.IsConversation ? null : transcript.Paragraphs.FirstOrDefault(p => p.Role == ParagraphRole.Text));
        if (lead is null)
        {
            return new Detected<string?>(null, "the text starts with the first question: there is no lead", "give the interview a title");
        }

        var text = Plain(lead.Text);
        if (!lead.Text.Contains('\n', StringComparison.Ordinal) && text.Length <= MaxHeadline && !text.EndsWith('.') && !text.EndsWith(':') &&
            transcript.Paragraphs.Count > 1)
        {
            return new Detected<string?>(text, "the headline", "check the title");
        }

        var sentence = FirstSentence(text).TrimEnd('.');
        return sentence.Length <= MaxLength
            ? new Detected<string?>(sentence, "the lead's first sentence", "check the title proposed from the lead")
            : new Detected<string?>(Shorten(sentence), "the lead's first sentence, shortened", "check the title proposed from the lead");
    }

    /// <summary>The text up to the first full stop, question or exclamation mark that ends a sentence, with its closing quotes.</summary>
    public static string FirstSentence(string text)
    {
        foreach (Match end in SentenceEnd().Matches(text))
        {
            var before = WordBefore().Match(text[..end.Index]).Value;
            var isAbbreviation = text[end.Index] == '.' &&
                (before.Length == 1 || before.All(char.IsAsciiDigit) || Abbreviations.Contains(before));
            if (!isAbbreviation)
            {
                return text[..(end.Index + end.Length)];
            }
        }

        return text;
    }

    /// <summary>Cut before <see cref="MaxLength"/>: at the last comma, semicolon, colon or dash past half of it, else at the last space.</summary>
    public static string Shorten(string sentence)
    {
        var head = sentence[..MaxLength];
        var clause = head.LastIndexOfAny([',', ';', ':', '–', '—']);
        var cut = clause >= MaxLength / 2 ? clause : head.LastIndexOf(' ');
        return (cut > 0 ? head[..cut] : head).TrimEnd(' ', ',', ';', ':', '–', '—', '-') + " …";
    }

    /// <summary>One line of text without Markdown heading or emphasis marks.</summary>
    private static string Plain(string text) =>
        Whitespace().Replace(text.TrimStart('#', ' ').Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"[.!?][""'“”»«’)]*(?=\s+[„“""»«'(]*\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\d]+$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex WordBefore();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
