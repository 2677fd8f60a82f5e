using System.Globalization;
using System.Text;

namespace Archive.Reading;

/// <summary>How a seed was read, one line per paragraph: number, line, role, speaker and first words; what <c>inspect</c> prints.</summary>
public static class TranscriptListing
{
    private const int FirstWordsLength = 60;

    public static string Format(Transcript transcript)
    {
        var builder = new StringBuilder();
        builder.AppendLine(CultureInfo.InvariantCulture, $"{"#",4} {"line",5}  {"role",-8}  {"speaker",-24}  text");
        foreach (var paragraph in transcript.Paragraphs)
        {
            var speaker = paragraph.Speaker ?? (paragraph.Label is null ? "-" : $"({paragraph.Label})");
            builder.AppendLine(CultureInfo.InvariantCulture,
                $"{paragraph.Number,4} {paragraph.Line,5}  {paragraph.Role.ToString().ToLowerInvariant(),-8}  {speaker,-24}  {FirstWords(paragraph.Text)}");
        }

        if (!transcript.IsConversation)
        {
            builder.AppendLine("no questions and answers recognised: the page shows plain paragraphs");
        }

        return builder.ToString();
    }

    private static string FirstWords(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        if (flat.Length <= FirstWordsLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', FirstWordsLength);
        return flat[..(cut > FirstWordsLength / 2 ? cut : FirstWordsLength)] + " …";
    }
}
