using System.Globalization;
using System.Text;
using Archive.Loading;
using Archive.Rendering;
using Archive.Rendering.Views;

namespace Archive.Publishing;

/// <summary>
/// How to cite an interview: a formatted reference in the page's language, and BibTeX, RIS and CSL-JSON for reference
/// managers. Everything comes from the interview's metadata; nothing depends on the day of the build.
/// The interviewee is the author (as in Chicago and CSL), the interviewer is named as such.
/// </summary>
public static class Citation
{
    /// <summary>
    /// The three reference-manager formats as downloads inside the page (data: addresses with a file name): they work
    /// from disk and on any host, and an archive of 10,000 interviews needs 30,000 fewer files.
    /// </summary>
    public static IReadOnlyList<CitationFileView> Files(InterviewSummaryView interview, string? source, string? url) =>
    [
        File("BibTeX", $"{interview.Slug}.bib", "application/x-bibtex", Encoding.UTF8.GetBytes(BibTex(interview, source, url))),
        File("RIS", $"{interview.Slug}.ris", "application/x-research-info-systems", Encoding.UTF8.GetBytes(Ris(interview, source, url))),
        File("CSL-JSON", $"{interview.Slug}.json", "application/vnd.citationstyles.csl+json", CslJson(interview, source, url)),
    ];

    /// <remarks>
    /// Base64 rather than percent-escapes: these texts are mostly spaces, line breaks and punctuation, each of which a
    /// percent-escape writes as three characters, so the three addresses take about 1.6 KB of every interview page
    /// instead of 2.2 KB.
    /// </remarks>
    private static CitationFileView File(string format, string name, string mediaType, byte[] content) =>
        new(format, name, $"data:{mediaType};charset=utf-8;base64,{Convert.ToBase64String(content)}");

    /// <summary>The reference as a reader copies it, from the language's <c>cite_pattern</c>.</summary>
    public static string Text(InterviewSummaryView interview, string? source, string? url, InterfaceText text)
    {
        var reference = text["cite_pattern"]
            .Replace("{interviewees}", Names(interview.Interviewees), StringComparison.Ordinal)
            .Replace("{interviewers}", Names(interview.Interviewers), StringComparison.Ordinal)
            .Replace("{title}", interview.Title, StringComparison.Ordinal)
            .Replace("{source}", source is null ? string.Empty : source + ", ", StringComparison.Ordinal)
            .Replace("{date}", interview.DateText, StringComparison.Ordinal);
        return url is null ? reference : $"{reference} {url}";
    }

    public static string BibTex(InterviewSummaryView interview, string? source, string? url)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"@misc{{{interview.Slug},\n");
        Field(builder, "author", string.Join(" and ", interview.Interviewees.Select(p => BibTexName(p.Name))));
        Field(builder, "title", interview.Title);
        Field(builder, "note", "Interview by " + string.Join(" and ", interview.Interviewers.Select(p => p.Name)));
        Field(builder, "year", interview.Year.ToString(CultureInfo.InvariantCulture));
        if (Month(interview.Date) is { } month)
        {
            Field(builder, "month", month.ToString(CultureInfo.InvariantCulture));
        }

        if (source is not null)
        {
            Field(builder, "howpublished", source);
        }

        if (url is not null)
        {
            Field(builder, "url", url, escape: false);
        }

        Field(builder, "language", interview.Language);
        builder.Append("}\n");
        return builder.ToString();
    }

    public static string Ris(InterviewSummaryView interview, string? source, string? url)
    {
        var builder = new StringBuilder();
        void Tag(string tag, string value) => builder.Append(CultureInfo.InvariantCulture, $"{tag}  - {value.ReplaceLineEndings(" ")}\r\n");
        Tag("TY", "GEN");
        foreach (var person in interview.Interviewees)
        {
            Tag("AU", FamilyFirst(person.Name));
        }

        foreach (var person in interview.Interviewers)
        {
            Tag("A2", FamilyFirst(person.Name));
        }

        Tag("TI", interview.Title);
        Tag("M3", "Interview");
        Tag("PY", interview.Year.ToString(CultureInfo.InvariantCulture));
        Tag("DA", interview.Date.Replace('-', '/') + (interview.Date.Length == 4 ? "///" : interview.Date.Length == 7 ? "//" : "/"));
        if (source is not null)
        {
            Tag("PB", source);
        }

        if (url is not null)
        {
            Tag("UR", url);
        }

        Tag("LA", interview.Language);
        Tag("ER", string.Empty);
        return builder.ToString();
    }

    public static byte[] CslJson(InterviewSummaryView interview, string? source, string? url) => Json.Write(w =>
    {
        w.WriteStartArray();
        w.WriteStartObject();
        w.WriteString("id", interview.Slug);
        w.WriteString("type", "interview");
        w.WriteString("title", interview.Title);
        CslNames(w, "author", interview.Interviewees);
        CslNames(w, "interviewer", interview.Interviewers);
        w.WriteStartObject("issued");
        w.WriteStartArray("date-parts");
        w.WriteStartArray();
        foreach (var part in interview.Date.Split('-'))
        {
            w.WriteNumberValue(int.Parse(part, CultureInfo.InvariantCulture));
        }

        w.WriteEndArray();
        w.WriteEndArray();
        w.WriteEndObject();
        w.OptionalString("publisher", source);
        w.OptionalString("URL", url);
        w.WriteString("language", interview.Language);
        w.WriteEndObject();
        w.WriteEndArray();
    }, indented: true);

    private static string Names(IReadOnlyList<LinkView> people) => string.Join(", ", people.Select(p => p.Name));

    private static int? Month(string isoDate) =>
        isoDate.Length >= 7 ? int.Parse(isoDate.AsSpan(5, 2), CultureInfo.InvariantCulture) : null;

    /// <summary>"Falko Ernst" → ("Ernst", "Falko"): the last word is taken for the family name.</summary>
    private static (string Family, string Given) Split(string name)
    {
        var cut = name.LastIndexOf(' ');
        return cut < 0 ? (name, string.Empty) : (name[(cut + 1)..], name[..cut]);
    }

    private static string FamilyFirst(string name)
    {
        var (family, given) = Split(name);
        return given.Length == 0 ? family : $"{family}, {given}";
    }

    private static string BibTexName(string name) => BibTexEscape(FamilyFirst(name));

    private static void CslNames(System.Text.Json.Utf8JsonWriter w, string role, IReadOnlyList<LinkView> people)
    {
        w.WriteStartArray(role);
        foreach (var person in people)
        {
            var (family, given) = Split(person.Name);
            w.WriteStartObject();
            w.WriteString("family", family);
            if (given.Length > 0)
            {
                w.WriteString("given", given);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Field(StringBuilder builder, string name, string value, bool escape = true) =>
        builder.Append(CultureInfo.InvariantCulture, $"  {name} = {{{(escape ? BibTexEscape(value) : value)}}},\n");

    /// <summary>Characters that mean something to TeX are escaped; braces are dropped rather than left unbalanced.</summary>
    private static string BibTexEscape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.ReplaceLineEndings(" "))
        {
            _ = c switch
            {
                '&' or '%' or '$' or '#' or '_' => builder.Append('\\').Append(c),
                '{' or '}' or '\\' => builder,
                '~' => builder.Append("\\textasciitilde{}"),
                '^' => builder.Append("\\textasciicircum{}"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
