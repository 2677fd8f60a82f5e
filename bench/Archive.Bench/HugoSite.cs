using System.Globalization;
using System.Text;

namespace Archive.Bench;

/// <summary>
/// The same corpus as a Hugo site: each interview with front matter, taxonomies for topics, interviewers and
/// interviewees, and minimal layouts with the same kinds of pages (interview, lists, terms, home). Term links use
/// urlize, Hugo 0.111's fastest idiom.
/// <para>
/// The <see cref="HugoLayouts.Equivalent"/> site's interview page holds what the tool's holds at its core, the way Hugo
/// does it: the conversation with a heading, and so an anchor, for every question and each answer led by its
/// speaker; the list of questions (<c>.TableOfContents</c>); five related interviews by shared people (twice) and
/// topics (<c>.Related</c>); structured data. It still leaves out what the tool adds beyond that (the open data files,
/// the search index, citations, feeds), so Hugo does less. The <see cref="HugoLayouts.Bare"/> site is the seed's text
/// as one block of paragraphs under the page's links, the comparison of the benchmark's earlier rounds.
/// </para>
/// </summary>
internal sealed class HugoSite
{
    private static readonly UTF8Encoding Utf8 = new(false);
    /// <summary>Hugo's related interviews weighed as the tool weighs them: a shared person twice a shared topic.</summary>
    private const string RelatedConfig = """
        [related]
          includeNewer = true
          threshold = 1
          toLower = false
          [[related.indices]]
            name = "interviewees"
            weight = 2
          [[related.indices]]
            name = "interviewers"
            weight = 2
          [[related.indices]]
            name = "topics"
            weight = 1

        """;

    private readonly string _content;
    private readonly bool _equivalent;

    /// <summary>Writes the site's configuration and layouts into <paramref name="root"/> (created); <see cref="Add"/> adds each interview.</summary>
    public HugoSite(string root, HugoLayouts layouts)
    {
        Root = root;
        _equivalent = layouts == HugoLayouts.Equivalent;
        _content = Path.Combine(root, "content", "interviews");
        Directory.CreateDirectory(_content);
        File.WriteAllText(Path.Combine(root, "config.toml"), """
            baseURL = "/"
            title = "Benchmark-Archiv"
            languageCode = "de"
            relativeURLs = true
            disableKinds = ["RSS", "sitemap", "robotsTXT"]
            paginate = 50
            [taxonomies]
              topic = "topics"
              interviewer = "interviewers"
              interviewee = "interviewees"

            """ + (_equivalent ? RelatedConfig : string.Empty), Utf8);
        var folder = Path.Combine(root, "layouts");
        Layout(folder, "_default/baseof.html", """
            <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body><nav><a href="{{ "/" | relURL }}">Start</a> <a href="{{ "/interviews/" | relURL }}">Interviews</a> <a href="{{ "/topics/" | relURL }}">Themen</a></nav>
            <main>{{ block "main" . }}{{ end }}</main></body></html>
            """);
        Layout(folder, "_default/single.html", _equivalent ? """
            {{ define "main" }}<script type="application/ld+json">{{ dict "@context" "https://schema.org" "@type" "Article" "headline" .Title "datePublished" (.Date.Format "2006-01-02") "author" .Params.interviewers "about" .Params.topics | jsonify | safeJS }}</script>
            <article><h1>{{ .Title }}</h1><p><time>{{ .Date.Format "2006-01-02" }}</time></p>
            <p>{{ range .Params.interviewees }}<a href="{{ print "/interviewees/" (. | urlize) "/" | relURL }}">{{ . }}</a> {{ end }}</p>
            <p>{{ range .Params.interviewers }}<a href="{{ print "/interviewers/" (. | urlize) "/" | relURL }}">{{ . }}</a> {{ end }}</p>
            <p>{{ range .Params.topics }}<a href="{{ print "/topics/" (. | urlize) "/" | relURL }}">{{ . }}</a> {{ end }}</p>
            <nav><h2>Fragen</h2>{{ .TableOfContents }}</nav>
            {{ .Content }}
            {{ with .Site.RegularPages.Related . | first 5 }}<section><h2>Verwandte Interviews</h2><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></section>{{ end }}
            </article>{{ end }}
            """ : """
            {{ define "main" }}<article><h1>{{ .Title }}</h1><p><time>{{ .Date.Format "2006-01-02" }}</time></p>
            <p>{{ range .Params.interviewees }}<a href="{{ print "/interviewees/" (. | urlize) "/" | relURL }}">{{ . }}</a> {{ end }}</p>
            <p>{{ range .Params.interviewers }}<a href="{{ print "/interviewers/" (. | urlize) "/" | relURL }}">{{ . }}</a> {{ end }}</p>
            <p>{{ range .Params.topics }}<a href="{{ print "/topics/" (. | urlize) "/" | relURL }}">{{ . }}</a> {{ end }}</p>
            {{ .Content }}</article>{{ end }}
            """);
        Layout(folder, "_default/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range (.Paginate .Pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01" }}</li>{{ end }}</ul>
            {{ template "_internal/pagination.html" . }}{{ end }}
            """);
        Layout(folder, "_default/terms.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
            """);
        Layout(folder, "index.html", """
            {{ define "main" }}<h1>{{ .Site.Title }}</h1><ul>{{ range first 12 (where .Site.RegularPages "Section" "interviews") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
            """);
    }

    public string Root { get; }

    /// <summary>Writes <paramref name="interview"/> as a page of the site: its front matter and its text.</summary>
    public void Add(GeneratedInterview interview)
    {
        var date = interview.Date.Length switch { 4 => interview.Date + "-01-01", 7 => interview.Date + "-01", _ => interview.Date };
        var front = new StringBuilder("---\n");
        front.Append("title: \"").Append(interview.Title).Append("\"\n");
        front.Append(CultureInfo.InvariantCulture, $"date: {date}\n");
        front.Append("topics: [").AppendJoin(", ", interview.Topics.Select(t => $"\"{t}\"")).Append("]\n");
        front.Append("interviewers: [").AppendJoin(", ", interview.Interviewers.Select(t => $"\"{t}\"")).Append("]\n");
        front.Append("interviewees: [").AppendJoin(", ", interview.Interviewees.Select(t => $"\"{t}\"")).Append("]\n");
        front.Append("---\n");
        File.WriteAllText(Path.Combine(_content, interview.Slug + ".md"), front + (_equivalent ? interview.Markdown : interview.Text), Utf8);
    }

    private static void Layout(string layouts, string name, string text)
    {
        var path = Path.Combine(layouts, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }
}
