using System.Globalization;
using Archive.Reading;

namespace Archive.Scaffolding;

/// <summary>
/// Proposes the metadata of a new interview from its text alone: the cast from the byline and the speaker labels,
/// the source from an outlet label, the language, a title from the lead and an address. The text is then read with
/// that cast by the archive's own reader, so that the draft says how many questions and answers it will show.
/// </summary>
public static class MetadataDetector
{
    /// <param name="usedTopics">The archive's topics, most used first, offered as examples so that names stay the same.</param>
    public static InterviewDraft Detect(string text, string seed, DateOnly today, string siteLanguage, IReadOnlySet<string> takenSlugs, IReadOnlyList<string>? usedTopics = null)
    {
        var format = seed.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? SeedFormat.Markdown : SeedFormat.PlainText;
        var normalized = text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        var paragraphs = (format == SeedFormat.Markdown ? MarkdownParagraphs.Split(normalized) : ParagraphSplitter.Split(normalized))
            .Select(b => b.Text).ToList();
        var bylines = paragraphs.Where(TextPatterns.IsByline).ToList();
        var conversation = paragraphs.Where(p => !TextPatterns.IsByline(p) && !TextPatterns.IsAside(p)).ToList();
        var cast = CastDetector.Detect(normalized, bylines, conversation);

        var interviewers = cast.Interviewers.Select(p => p.Name).ToList();
        var interviewees = cast.Interviewees.Select(p => p.Name).ToList();
        var transcript = TranscriptReader.Read(normalized, format, new Cast(interviewers, interviewees, cast.Source, cast.Speakers), []);
        var title = TitleProposal.From(transcript);
        var language = LanguageGuess.Of(normalized, siteLanguage);
        return new InterviewDraft(
            seed,
            DraftSlug.From(interviewees, title.Value, seed, takenSlugs),
            title,
            new Detected<string>(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "today's date",
                "confirm the date: it is today's, not yet the interview's (YYYY, YYYY-MM or YYYY-MM-DD, only as precise as the text allows)"),
            People(cast.Interviewers, "who asked the questions? write a name or a list of names"),
            People(cast.Interviewees, "who answered? write a name or a list of names"),
            cast.Source is null
                ? new Detected<string?>(null, "no outlet label such as 'ntv.de:'")
                : new Detected<string?>(cast.Source, $"the label '{cast.Source}:'"),
            language,
            new Detected<IReadOnlyDictionary<string, string>>(cast.Speakers, "labels of initials", cast.SpeakersToDo),
            new Detected<IReadOnlyList<string>>([], "the text does not say", TopicsToDo(usedTopics ?? [], language.Value)),
            transcript.Paragraphs.Count(p => p.Role == ParagraphRole.Question),
            transcript.Paragraphs.Count(p => p.Role == ParagraphRole.Answer));
    }

    /// <summary>How many of the archive's topics the to-do offers.</summary>
    private const int TopicExamples = 8;

    private static string TopicsToDo(IReadOnlyList<string> usedTopics, string language) => usedTopics.Count > 0
        ? $"name at least one topic; the archive's most used are [{string.Join(", ", usedTopics.Take(TopicExamples))}]"
        : $"name at least one topic, such as {(language == "de" ? "[Migration, Wirtschaft]" : "[Migration, Economy]")}";

    private static Detected<IReadOnlyList<string>> People(IReadOnlyList<DetectedName> people, string missing)
    {
        if (people.Count == 0)
        {
            return new Detected<IReadOnlyList<string>>([], "not found in the text", missing);
        }

        var how = string.Join("; ", people.Select(p => p.How).Distinct(StringComparer.Ordinal));
        var surnames = people.Where(p => p.IsSurnameOnly).Select(p => p.Name).ToList();
        return new Detected<IReadOnlyList<string>>(
            [.. people.Select(p => p.Name)], how,
            surnames.Count == 0 ? null : $"only the surname ({string.Join(", ", surnames)}) is in the text; write the full name");
    }
}
