using System.Globalization;
using System.Text;

namespace Archive.Bench;

/// <summary>
/// Writes a synthetic archive in the project's own format, the same bytes for the same spec: interviews of 6–8 KB with
/// a lead, 8–12 exchanges in the label styles the reader knows and a byline; 1–2 interviewers and 1–2 interviewees
/// each; 3–8 of 300 topics; dates 2000–2025 at all three precisions; records for some people and topics.
/// </summary>
internal sealed class CorpusGenerator(CorpusSpec spec)
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly Random _random = new(spec.Seed);

    public IReadOnlyList<string> People { get; private set; } = [];

    public IReadOnlyList<string> Topics { get; private set; } = [];

    /// <summary>
    /// Generates the archive into <paramref name="root"/> (created), with a copy of <paramref name="templates"/>, and
    /// hands each interview to <paramref name="each"/> as it is written (to write the Hugo sites). Keeps none of them:
    /// 100,000 interviews' texts held gigabytes in the benchmark's process while the builds were measured, and those
    /// builds spent more time in the kernel than the same builds by hand (bench/README.md, "The machine and its disk").
    /// Returns the seeds' size in bytes.
    /// </summary>
    public long Write(string root, string templates, Action<GeneratedInterview> each)
    {
        People = [.. Enumerable.Range(0, spec.PeopleCount).Select(i => $"{Words.GivenNames[i % Words.GivenNames.Length]} {Surname(i)}")];
        Topics = [.. Enumerable.Range(0, CorpusSpec.TopicCount).Select(i => $"{Words.TopicStems[i % Words.TopicStems.Length]} {i / Words.TopicStems.Length + 1}")];

        Directory.CreateDirectory(Path.Combine(root, "seeds"));
        Directory.CreateDirectory(Path.Combine(root, "content", "interviews"));
        CopyFolder(templates, Path.Combine(root, "templates"));
        File.WriteAllText(Path.Combine(root, "archive.yml"), "title: Benchmark-Archiv\nlanguage: de\npage_size: 50\n", Utf8);

        var interviewees = new HashSet<string>(StringComparer.Ordinal);
        var topics = new HashSet<string>(StringComparer.Ordinal);
        long seedBytes = 0;
        for (var i = 0; i < spec.Interviews; i++)
        {
            var interview = NextInterview(i);
            interviewees.UnionWith(interview.Interviewees);
            topics.UnionWith(interview.Topics);
            var bytes = Utf8.GetBytes(interview.Text);
            seedBytes += bytes.Length;
            File.WriteAllBytes(Path.Combine(root, "seeds", interview.SeedName), bytes);
            File.WriteAllText(Path.Combine(root, "content", "interviews", interview.Slug + ".yml"), Metadata(interview), Utf8);
            each(interview);
        }

        File.WriteAllText(Path.Combine(root, "content", "people.yml"), PeopleRecords(interviewees), Utf8);
        File.WriteAllText(Path.Combine(root, "content", "topics.yml"), TopicRecords(topics), Utf8);
        return seedBytes;
    }

    private GeneratedInterview NextInterview(int index)
    {
        var interviewers = Pick(People, _random.Next(1, 3));
        var interviewees = Pick(People.Except(interviewers).ToList(), _random.Next(1, 3));
        var topics = Pick(Topics, _random.Next(3, 9));
        var year = _random.Next(2000, 2026);
        var date = _random.Next(3) switch
        {
            0 => year.ToString(CultureInfo.InvariantCulture),
            1 => string.Create(CultureInfo.InvariantCulture, $"{year}-{_random.Next(1, 13):D2}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{year}-{_random.Next(1, 13):D2}-{_random.Next(1, 29):D2}"),
        };
        var style = index % 4;
        var text = new StringBuilder();
        var markdown = new StringBuilder(); // the same conversation as a Hugo page would hold it
        var lead = Sentences(4);
        text.Append(lead).Append("\n\n");
        markdown.Append(lead).Append("\n\n");
        var target = _random.Next(6000, 8000);
        var exchanges = 0;
        while (exchanges < 8 || (text.Length < target && exchanges < 12))
        {
            var answerer = interviewees[exchanges % interviewees.Count];
            var surname = answerer.Split(' ')[1];
            var question = Sentences(1) + " " + Sentence().TrimEnd('.') + "?";
            switch (style)
            {
                case 0:
                    text.Append("Frage: ").Append(question).Append("\n\n").Append(interviewees.Count == 1 ? "Antwort: " : answerer + ": ");
                    break;
                case 1:
                    text.Append("example.org: ").Append(question).Append("\n\n").Append(answerer).Append(": ");
                    break;
                case 2:
                    text.Append(question).Append("\n\n").Append(surname.ToUpperInvariant()).Append('\n');
                    break;
                default:
                    text.Append(interviewers[0].Split(' ')[1]).Append(": ").Append(question).Append("\n\n").Append(surname).Append(": ");
                    break;
            }

            var answer = Sentences(_random.Next(3, 7));
            text.Append(answer).Append("\n\n");
            markdown.Append("## ").Append(question).Append("\n\n**").Append(answerer).Append(":** ").Append(answer).Append("\n\n");
            if (_random.Next(3) == 0)
            {
                var more = Sentences(2);
                text.Append(more).Append("\n\n");
                markdown.Append(more).Append("\n\n");
            }

            if (exchanges == 1 && _random.Next(4) == 0)
            {
                var aside = $"{Sentence()} (Foto: {answerer})";
                text.Append(aside).Append("\n\n");
                markdown.Append(aside).Append("\n\n");
            }

            exchanges++;
        }

        var byline = _random.Next(2) == 0
            ? $"Mit {string.Join(" und ", interviewees)} sprach {string.Join(" und ", interviewers)}\n"
            : $"Das Gespräch führte {string.Join(" und ", interviewers)}.\n";
        text.Append(byline);
        markdown.Append(byline);
        var slug = string.Create(CultureInfo.InvariantCulture, $"interview-{index + 1:D6}");
        return new GeneratedInterview(slug, slug + ".txt", $"Gespräch {index + 1}: {Sentence().TrimEnd('.')}", date, interviewers, interviewees, topics, text.ToString(), markdown.ToString(), style == 1);
    }

    private static string Metadata(GeneratedInterview interview)
    {
        var yaml = new StringBuilder();
        yaml.Append("seed: ").Append(interview.SeedName).Append('\n');
        yaml.Append("title: \"").Append(interview.Title).Append("\"\n");
        yaml.Append("date: ").Append(interview.Date).Append('\n');
        yaml.Append("interviewer: [").AppendJoin(", ", interview.Interviewers).Append("]\n");
        yaml.Append("interviewee: [").AppendJoin(", ", interview.Interviewees).Append("]\n");
        yaml.Append("topics: [").AppendJoin(", ", interview.Topics).Append("]\n");
        if (interview.HasSource)
        {
            yaml.Append("source: example.org\n");
        }

        return yaml.ToString();
    }

    private static string PeopleRecords(IEnumerable<string> interviewees)
    {
        var used = interviewees.Order(StringComparer.Ordinal).Where((_, i) => i % 3 == 0);
        return string.Concat(used.Select(name => $"- name: {name}\n  bio: {name} forscht und schreibt über Politik und Gesellschaft.\n  affiliation: Beispiel-Institut\n"));
    }

    private static string TopicRecords(IEnumerable<string> topics)
    {
        var used = topics.Order(StringComparer.Ordinal).Where((_, i) => i % 4 == 0);
        return string.Concat(used.Select(name => $"- name: {name}\n  description: Interviews zum Thema *{name}*.\n"));
    }

    private List<string> Pick(IReadOnlyList<string> from, int count)
    {
        var picked = new List<string>(count);
        while (picked.Count < count)
        {
            var candidate = from[_random.Next(from.Count)];
            if (!picked.Contains(candidate))
            {
                picked.Add(candidate);
            }
        }

        return picked;
    }

    private string Sentence()
    {
        var words = Enumerable.Range(0, _random.Next(8, 18)).Select(_ => Words.Common[_random.Next(Words.Common.Length)]).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    private string Sentences(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Sentence()));

    /// <summary>A surname of its own for every person (digits of the number as syllables), so that no two slug alike.</summary>
    private static string Surname(int number)
    {
        var builder = new StringBuilder();
        for (var n = number + Words.Syllables.Length; n > 0; n /= Words.Syllables.Length)
        {
            builder.Append(Words.Syllables[n % Words.Syllables.Length]);
        }

        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
