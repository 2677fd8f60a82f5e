using System.Collections.Concurrent;
using Archive.Loading;
using Archive.Modeling;
using Archive.Publishing;
using Archive.Reading;
using Archive.Rendering.Views;

namespace Archive.Rendering;

/// <summary>
/// Turns the site model into the plain records templates read. The views every list shares (interview summaries,
/// topics, people) are made once, the first time a page needs them, not once per page that lists them (and not at all
/// by a build that keeps every page). Thread-safe.
/// </summary>
internal sealed class ViewFactory
{
    private readonly Dictionary<string, PersonEntry> _people;
    private readonly InterviewSummaryView?[] _summaries;
    private readonly ConcurrentDictionary<string, TopicView> _topics = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PersonView> _persons = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<PartialDate, (string Iso, string Text)> _dates = new();
    private readonly InterfaceText _siteText;
    private readonly Dictionary<string, LinkView> _personLinks;
    private readonly Dictionary<string, LinkView> _topicLinks;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<InterviewEntry>> _related;

    private readonly SiteAddress _address;

    public ViewFactory(SiteModel model, InterfaceText siteText)
    {
        _address = new SiteAddress(model.Config.BaseUrl);
        _related = model.Related;
        _summaries = new InterviewSummaryView?[model.Interviews.Count];
        _people = model.People.ToDictionary(p => p.Slug, StringComparer.Ordinal);

        // One link per person and topic, shared by every summary that names them.
        _personLinks = model.People.ToDictionary(p => p.Slug, p => new LinkView(p.Name, p.Slug, p.Url), StringComparer.Ordinal);
        _topicLinks = model.Topics.ToDictionary(t => t.Slug, t => new LinkView(t.Name, t.Slug, t.Url), StringComparer.Ordinal);
        _siteText = siteText;
    }

    public TopicView Topic(TopicEntry topic) => _topics.GetOrAdd(topic.Slug, static (_, entry) => MakeTopic(entry), topic);

    public PersonView Person(PersonEntry person) => _persons.GetOrAdd(person.Slug, static (_, entry) => MakePerson(entry), person);

    /// <summary>The interview as lists in the site's language show it: made once, kept at the interview's number.</summary>
    public InterviewSummaryView Summary(InterviewEntry interview)
    {
        ref var kept = ref _summaries[interview.Number];
        if (Volatile.Read(ref kept) is { } summary)
        {
            return summary;
        }

        // Two threads may make the same summary at once: the first one kept is the one every list shares.
        var made = MakeSummary(interview);
        return Interlocked.CompareExchange(ref kept, made, null) ?? made;
    }

    public IReadOnlyList<InterviewSummaryView> Summaries(IEnumerable<InterviewEntry> interviews) => [.. interviews.Select(Summary)];

    /// <summary>Consecutive interviews (already newest first) grouped by year.</summary>
    public IReadOnlyList<YearGroupView> ByYear(IEnumerable<InterviewEntry> interviews) =>
        [.. Summaries(interviews).GroupBy(s => s.Year).Select(g => new YearGroupView(g.Key, [.. g]))];

    public InterviewView Interview(InterviewEntry interview, Transcript transcript, string? quotes)
    {
        var layout = TranscriptLayout.Lay(transcript, name => SpeakerLink(name, interview.SlugOf(name)), quotes);
        var summary = MakeSummary(interview);
        var url = _address.Of(interview.Url);
        return new InterviewView(
            summary,
            interview.Source.Source,
            interview.Source.Url,
            [.. interview.Mentions.Select(Link)],
            transcript.IsConversation,
            layout.Lead,
            layout.Questions,
            layout.Blocks,
            Summaries(_related.GetValueOrDefault(interview.Slug, [])),
            Citation.Text(summary, interview.Source.Source, url ?? interview.Source.Url, _siteText),
            url,
            Citation.Files(summary, interview.Source.Source, url ?? interview.Source.Url));
    }

    private LinkView? SpeakerLink(string name, string slug) =>
        _people.TryGetValue(slug, out var person) ? Link(person.Ref) : new LinkView(name, slug, string.Empty);

    // Many interviews share a date: its two texts are made once and shared by every summary kept for the build.
    private InterviewSummaryView MakeSummary(InterviewEntry interview)
    {
        var (date, dateText) = _dates.GetOrAdd(interview.Date, static (date, text) => (date.ToString(), text.Format(date)), _siteText);
        return new(
            interview.Title,
            interview.Slug,
            interview.Url,
            date,
            dateText,
            interview.Date.Year,
            interview.Source.Summary,
            interview.Source.Language,
            // Arrays, not lists: a summary is kept for the whole build (100,000 of them in a big archive).
            interview.Interviewers.Select(Link).ToArray(),
            interview.Interviewees.Select(Link).ToArray(),
            interview.Topics.Select(t => _topicLinks[t.Slug]).ToArray());
    }

    private LinkView Link(PersonRef person) => _personLinks[person.Slug];

    private static TopicView MakeTopic(TopicEntry topic) => new(
        topic.Name,
        topic.Slug,
        topic.Url,
        topic.Interviews.Count,
        topic.Record?.Description is { } description ? MarkdownRenderer.ToHtml(description) : null);

    private static PersonView MakePerson(PersonEntry person) => new(
        person.Name,
        person.Slug,
        person.Url,
        person.Record?.Bio,
        person.Record?.Affiliation,
        person.Record?.Links ?? [],
        person.Given.Count,
        person.Conducted.Count,
        person.MentionedIn.Count);
}
