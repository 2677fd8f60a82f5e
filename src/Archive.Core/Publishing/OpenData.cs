using System.Globalization;
using System.Text;
using System.Text.Json;
using Archive.Modeling;
using Archive.Reading;
using Archive.Rendering.Views;
using Archive.Writing;

namespace Archive.Publishing;

/// <summary>
/// The archive as data for researchers: <c>data/interviews.json</c> with every interview's metadata and whole
/// conversation (lead, each question and answer with speaker and anchor, asides, byline), the metadata as
/// <c>data/interviews.csv</c>, and <c>data/people.json</c>, <c>data/topics.json</c>.
/// </summary>
public static class OpenData
{
    public const string Folder = "data";

    /// <summary>Every interview with its whole text, as one JSON array.</summary>
    public const string CombinedFile = Folder + "/interviews.json";

    public const string CsvFile = Folder + "/interviews.csv";

    public const string PeopleFile = Folder + "/people.json";

    public const string TopicsFile = Folder + "/topics.json";

    /// <summary>
    /// One interview's document, made while its page is rendered and handed to <paramref name="use"/> as UTF-8 that is
    /// valid only during the call. It is one line (JSON escapes the line breaks of the text): the file then holds one
    /// interview per line, for line tools as well as JSON readers, and is about an eighth smaller than indented.
    /// </summary>
    public static void Interview(InterviewEntry interview, InterviewView view, Transcript transcript, Action<ReadOnlySpan<byte>> use) => Json.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("slug", interview.Slug);
        w.WriteString("page", interview.Url);
        w.WriteString("title", interview.Title);
        w.WriteString("date", interview.Date.ToString());
        w.WriteString("language", interview.Source.Language);
        w.OptionalString("source", interview.Source.Source);
        w.OptionalString("url", interview.Source.Url);
        w.OptionalString("summary", interview.Source.Summary);
        w.StringArray("interviewers", interview.Interviewers.Select(p => p.Name));
        w.StringArray("interviewees", interview.Interviewees.Select(p => p.Name));
        w.StringArray("mentions", interview.Mentions.Select(p => p.Name));
        w.StringArray("topics", interview.Topics.Select(t => t.Name));
        w.WriteBoolean("is_conversation", transcript.IsConversation);
        var anchors = view.Blocks.Where(b => b.Anchor is not null).ToDictionary(b => b.FirstParagraph, b => b.Anchor!);
        w.WriteStartArray("paragraphs");
        foreach (var paragraph in transcript.Paragraphs)
        {
            w.WriteStartObject();
            w.WriteNumber("number", paragraph.Number);
            w.WriteString("role", paragraph.Role.Name());
            w.OptionalString("speaker", paragraph.Speaker);
            w.OptionalString("speaker_slug", paragraph.Speaker is null ? null : interview.SlugOf(paragraph.Speaker));
            w.OptionalString("anchor", anchors.GetValueOrDefault(paragraph.Number));
            w.WriteString("text", paragraph.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }, use);

    /// <summary>How <see cref="CombinedFile"/> begins: the interviews' documents, newest first, one per line, are one JSON array.</summary>
    internal static ReadOnlySpan<byte> CombinedStart => "[\n"u8;

    /// <summary>What stands between two documents in <see cref="CombinedFile"/>.</summary>
    internal static ReadOnlySpan<byte> CombinedSeparator => ",\n"u8;

    /// <summary>How <see cref="CombinedFile"/> ends.</summary>
    internal static ReadOnlySpan<byte> CombinedEnd => "\n]\n"u8;

    /// <summary>One line per interview, streamed: at 100,000 interviews the table would be tens of megabytes as one string.</summary>
    public static void WriteCsv(IPageSink sink, IReadOnlyList<InterviewEntry> interviews)
    {
        using var writer = new StreamWriter(sink.Create(CsvFile), new UTF8Encoding(false), 64 * 1024);
        writer.Write("slug,title,date,language,interviewers,interviewees,topics,mentions,source,url,summary,page\r\n");
        foreach (var i in interviews)
        {
            string[] fields =
            [
                i.Slug, i.Title, i.Date.ToString(), i.Source.Language,
                Names(i.Interviewers), Names(i.Interviewees), string.Join("; ", i.Topics.Select(t => t.Name)), Names(i.Mentions),
                i.Source.Source ?? string.Empty, i.Source.Url ?? string.Empty, i.Source.Summary ?? string.Empty, i.Url,
            ];
            writer.Write(string.Join(',', fields.Select(CsvField)));
            writer.Write("\r\n");
        }
    }

    /// <summary><c>data/people.json</c>, streamed: at 100,000 interviews it is larger than 10 MB.</summary>
    public static void WritePeople(IPageSink sink, IReadOnlyList<PersonEntry> people) => Stream(sink, PeopleFile, w =>
    {
        w.WriteStartArray();
        foreach (var person in people)
        {
            w.WriteStartObject();
            w.WriteString("name", person.Name);
            w.WriteString("slug", person.Slug);
            w.WriteString("page", person.Url);
            w.OptionalString("bio", person.Record?.Bio);
            w.OptionalString("affiliation", person.Record?.Affiliation);
            w.StringArray("links", person.Record?.Links ?? []);
            w.StringArray("given", person.Given.Select(i => i.Slug));
            w.StringArray("conducted", person.Conducted.Select(i => i.Slug));
            w.StringArray("mentioned_in", person.MentionedIn.Select(i => i.Slug));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    public static void WriteTopics(IPageSink sink, IReadOnlyList<TopicEntry> topics) => Stream(sink, TopicsFile, w =>
    {
        w.WriteStartArray();
        foreach (var topic in topics)
        {
            w.WriteStartObject();
            w.WriteString("name", topic.Name);
            w.WriteString("slug", topic.Slug);
            w.WriteString("page", topic.Url);
            w.OptionalString("description", topic.Record?.Description);
            w.StringArray("interviews", topic.Interviews.Select(i => i.Slug));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    private static void Stream(IPageSink sink, string url, Action<Utf8JsonWriter> write)
    {
        using var stream = sink.Create(url);
        using var writer = new Utf8JsonWriter(stream, Json.Indented);
        write(writer);
    }

    private static string Names(IReadOnlyList<PersonRef> people) => string.Join("; ", people.Select(p => p.Name));

    /// <summary>RFC 4180 quoting; a field that a spreadsheet would take for a formula is prefixed with an apostrophe.</summary>
    private static string CsvField(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
