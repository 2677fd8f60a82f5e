using System.Globalization;
using System.Text;

namespace Archive.Bench;

/// <summary>
/// The same corpus as a Hugo site: each interview's text with front matter, taxonomies for topics, interviewers and
/// interviewees, and minimal layouts with the same kinds of pages (interview, lists, terms, home). Term links use
/// urlize, Hugo 0.111's fastest idiom.
/// </summary>
internal static class HugoSite
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static void Write(string root, IReadOnlyList<GeneratedInterview> interviews)
    {
        var content = Path.Combine(root, "content", "interviews");
        Directory.CreateDirectory(content);
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
            """, Utf8);
        foreach (var interview in interviews)
        {
            var date = interview.Date.Length switch { 4 => interview.Date + "-01-01", 7 => interview.Date + "-01", _ => interview.Date };
            var front = new StringBuilder("---\n");
            front.Append("title: \"").Append(interview.Title).Append("\"\n");
            front.Append(CultureInfo.InvariantCulture, $"date: {date}\n");
            front.Append("topics: [").AppendJoin(", ", interview.Topics.Select(t => $"\"{t}\"")).Append("]\n");
            front.Append("interviewers: [").AppendJoin(", ", interview.Interviewers.Select(t => $"\"{t}\"")).Append("]\n");
            front.Append("interviewees: [").AppendJoin(", ", interview.Interviewees.Select(t => $"\"{t}\"")).Append("]\n");
            front.Append("---\n");
            File.WriteAllText(Path.Combine(content, interview.Slug + ".md"), front + interview.Text, Utf8);
        }

        var layouts = Path.Combine(root, "layouts");
        Layout(layouts, "_default/baseof.html", """
            <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body><nav><a href="{{ "/" | relURL }}">Start</a> <a href="{{ "/interviews/" | relURL }}">Interviews</a> <a href="{{ "/topics/" | relURL }}">Themen</a></nav>
            <main>{{ block "main" . }}{{ end }}</main></body></html>
            """);
        Layout(layouts, "_default/single.html", """
            {{ define "main" }}<article><h1>{{ .Title }}</h1><p><time>{{ .Date.Format "2006-01-02" }}</time></p>
            <p>{{ range .Params.interviewees }}<a href="{{ print "/interviewees/" (. | urlize) "/" | relURL }}">{{ . }}</a> {{ end }}</p>
            <p>{{ range .Params.interviewers }}<a href="{{ print "/interviewers/" (. | urlize) "/" | relURL }}">{{ . }}</a> {{ end }}</p>
            <p>{{ range .Params.topics }}<a href="{{ print "/topics/" (. | urlize) "/" | relURL }}">{{ . }}</a> {{ end }}</p>
            {{ .Content }}</article>{{ end }}
            """);
        Layout(layouts, "_default/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range (.Paginate .Pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01" }}</li>{{ end }}</ul>
            {{ template "_internal/pagination.html" . }}{{ end }}
            """);
        Layout(layouts, "_default/terms.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
            """);
        Layout(layouts, "index.html", """
            {{ define "main" }}<h1>{{ .Site.Title }}</h1><ul>{{ range first 12 (where .Site.RegularPages "Section" "interviews") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
            """);
    }

    private static void Layout(string layouts, string name, string text)
    {
        var path = Path.Combine(layouts, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }
}
