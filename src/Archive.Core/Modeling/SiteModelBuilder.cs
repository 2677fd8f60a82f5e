using Archive.Diagnostics;
using Archive.Loading;

namespace Archive.Modeling;

/// <summary>
/// The model stage: resolves every interview's people and topics to their pages, builds the indexes once
/// (by person, by topic, by date) and lists every page of the site.
/// </summary>
public static class SiteModelBuilder
{
    public const string InterviewsFolder = "interviews";
    public const string TopicsFolder = "topics";
    public const string PeopleFolder = "people";

    /// <summary>Top-level folders the site itself uses; a free page may not take one of these names.</summary>
    public static readonly IReadOnlySet<string> ReservedFolders =
        new HashSet<string>([InterviewsFolder, TopicsFolder, PeopleFolder, "assets", "page", "search", "data"], StringComparer.Ordinal);

    private const int HomeListLength = 12;

    /// <summary>
    /// The model of <paramref name="content"/>'s interviews. <paramref name="allInterviews"/>, when given, includes the
    /// drafts and embargoed ones left out of it: their names are checked too, and records used only by them are not
    /// reported as unused. <paramref name="knownRelated"/>, when given, finds the related interviews an earlier build
    /// chose from the same metadata (or null when there are none): they are taken instead of chosen again. It is asked
    /// for only when the related interviews are wanted, at the end, so that it may be found meanwhile.
    /// </summary>
    public static SiteModel Build(
        ArchiveContent content, DiagnosticBag diagnostics, IReadOnlyList<InterviewSource>? allInterviews = null, Func<IReadOnlyDictionary<string, string[]>?>? knownRelated = null)
    {
        var collation = Collation.For(content.Config.Language);
        var people = new NameRegistry("person", PeopleFolder, diagnostics);
        var topics = new NameRegistry("topic", TopicsFolder, diagnostics);
        var (withheldPeople, withheldTopics) = WithheldNames(content.Interviews, allInterviews ?? content.Interviews);
        var personRef = OnePerSlug<PersonRef>(PersonRefFor);
        var topicRef = OnePerSlug<TopicRef>(TopicRefFor);
        var personOfName = new Dictionary<string, PersonRef>(StringComparer.Ordinal);
        var topicOfName = new Dictionary<string, TopicRef>(StringComparer.Ordinal);

        var interviews = content.Interviews
            .OrderByDescending(i => i.Date)
            .ThenBy(i => i.Slug, StringComparer.Ordinal)
            .Select((source, number) => new InterviewEntry(
                source,
                number,
                $"{InterviewsFolder}/{source.Slug}/index.html",
                Resolve(people, source.Interviewers, personRef, personOfName),
                Resolve(people, source.Interviewees, personRef, personOfName),
                Resolve(people, source.Mentions, personRef, personOfName),
                Resolve(topics, source.Topics, topicRef, topicOfName)))
            .ToList();

        var personEntries = BuildPeople(content, interviews, people, withheldPeople, personRef, collation, diagnostics);
        var topicEntries = BuildTopics(content, interviews, topics, withheldTopics, topicRef, collation, diagnostics);
        var pages = ListPages(content, interviews, personEntries, topicEntries, diagnostics);
        var related = (knownRelated?.Invoke() is { } known ? RelatedInterviews.Known(interviews, known) : null) ?? RelatedInterviews.Find(interviews, topicEntries, personEntries);
        return new SiteModel(content, interviews, personEntries, topicEntries, pages, related);
    }

    private static PersonRef PersonRefFor(string name, string slug) => new(name, slug, $"{PeopleFolder}/{slug}/index.html");

    private static TopicRef TopicRefFor(string name, string slug) => new(name, slug, $"{TopicsFolder}/{slug}/index.html");

    /// <summary>
    /// One reference per person or topic for the whole site, not one per mention: a big archive names the same people
    /// and topics hundreds of thousands of times. (A slug has one spelling: the registry refuses a second.)
    /// </summary>
    private static Func<string, string, T> OnePerSlug<T>(Func<string, string, T> make)
    {
        var made = new Dictionary<string, T>(StringComparer.Ordinal);
        return (name, slug) => made.TryGetValue(slug, out var known) ? known : made[slug] = make(name, slug);
    }

    /// <summary>Each name once, in the order the metadata gives them.</summary>
    /// <remarks>
    /// Every interview's names pass through here, four lists each: a handful of names, so an array is searched rather
    /// than a set made, and the result is that array itself unless a name was dropped. A name the registry accepted once
    /// it accepts every time, so its reference is remembered by name in <paramref name="known"/> (one lookup instead of
    /// three: 10,000 interviews name people and topics about 100,000 times); a refused name is refused, and reported,
    /// wherever it occurs.
    /// </remarks>
    private static T[] Resolve<T>(NameRegistry registry, IReadOnlyList<Located<string>> names, Func<string, string, T> make, Dictionary<string, T> known)
        where T : class
    {
        if (names.Count == 0)
        {
            return [];
        }

        var result = new T[names.Count];
        var count = 0;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (!known.TryGetValue(name.Value, out var reference))
            {
                if (registry.Register(name.Value, name.Location) is not { } resolved)
                {
                    continue;
                }

                known[name.Value] = reference = make(resolved.Name, resolved.Slug);
            }

            // One reference per slug (OnePerSlug), so the same person or topic is the same object.
            if (Array.IndexOf(result, reference, 0, count) < 0)
            {
                result[count++] = reference;
            }
        }

        return count == result.Length ? result : result[..count];
    }

    /// <summary>
    /// The names used only by withheld interviews (drafts, embargoes), so that their people's and topics' records are
    /// not taken for typos. Their spelling is checked when they are published, or built with --drafts.
    /// </summary>
    private static (NameRegistry People, NameRegistry Topics) WithheldNames(IReadOnlyList<InterviewSource> published, IReadOnlyList<InterviewSource> all)
    {
        var people = new NameRegistry("person", PeopleFolder, new DiagnosticBag());
        var topics = new NameRegistry("topic", TopicsFolder, new DiagnosticBag());
        var shown = published.ToHashSet(ReferenceEqualityComparer.Instance);
        var personOfName = new Dictionary<string, PersonRef>(StringComparer.Ordinal);
        var topicOfName = new Dictionary<string, TopicRef>(StringComparer.Ordinal);
        foreach (var withheld in all.Where(i => !shown.Contains(i)))
        {
            Resolve(people, [.. withheld.Interviewers, .. withheld.Interviewees, .. withheld.Mentions], PersonRefFor, personOfName);
            Resolve(topics, withheld.Topics, TopicRefFor, topicOfName);
        }

        return (people, topics);
    }

    private static List<PersonEntry> BuildPeople(
        ArchiveContent content, List<InterviewEntry> interviews, NameRegistry registry, NameRegistry withheld, Func<string, string, PersonRef> personRef,
        IComparer<string> collation, DiagnosticBag diagnostics)
    {
        var records = RecordsBySlug(content.People, p => p.Name, p => p.Location, registry, withheld, "person", "people.yml", diagnostics);
        var given = Group(interviews, i => i.Interviewees);
        var conducted = Group(interviews, i => i.Interviewers);
        var mentioned = Group(interviews, i => i.Mentions);
        return [.. registry.Slugs
            .Select(slug =>
            {
                registry.TryGet(slug, out var name);
                var person = personRef(name, slug);
                return new PersonEntry(person, records.GetValueOrDefault(slug), Listed(given, person), Listed(conducted, person), Listed(mentioned, person));
            })
            .OrderBy(p => p.Name, collation)];
    }

    private static List<TopicEntry> BuildTopics(
        ArchiveContent content, List<InterviewEntry> interviews, NameRegistry registry, NameRegistry withheld, Func<string, string, TopicRef> topicRef,
        IComparer<string> collation, DiagnosticBag diagnostics)
    {
        var records = RecordsBySlug(content.Topics, t => t.Name, t => t.Location, registry, withheld, "topic", "topics.yml", diagnostics);
        var byTopic = Group(interviews, i => i.Topics);
        return [.. registry.Slugs
            .Select(slug =>
            {
                registry.TryGet(slug, out var name);
                var topic = topicRef(name, slug);
                return new TopicEntry(topic, records.GetValueOrDefault(slug), Listed(byTopic, topic));
            })
            .OrderBy(t => t.Name, collation)];
    }

    /// <summary>
    /// Interviews by each person or topic they list, keeping the interviews' own (newest first) order: one pass, no
    /// re-sorting. There is one reference per person and per topic (<see cref="OnePerSlug{T}"/>), so the reference
    /// itself is the key, without hashing its slug again for every mention.
    /// </summary>
    private static Dictionary<T, List<InterviewEntry>> Group<T>(List<InterviewEntry> interviews, Func<InterviewEntry, IReadOnlyList<T>> keys)
        where T : class
    {
        var groups = new Dictionary<T, List<InterviewEntry>>(ReferenceEqualityComparer.Instance);
        foreach (var interview in interviews)
        {
            var listed = keys(interview);
            for (var i = 0; i < listed.Count; i++)
            {
                if (!groups.TryGetValue(listed[i], out var list))
                {
                    groups[listed[i]] = list = [];
                }

                list.Add(interview);
            }
        }

        return groups;
    }

    /// <summary>The interviews grouped under <paramref name="key"/>, as an exact array: the model keeps them for the whole build.</summary>
    private static InterviewEntry[] Listed<T>(Dictionary<T, List<InterviewEntry>> groups, T key)
        where T : class =>
        groups.TryGetValue(key, out var list) ? [.. list] : [];

    /// <summary>
    /// Details from people.yml or topics.yml by slug. A record that no interview uses is a warning (a typo, most likely);
    /// two records for one slug, or a spelling other than the interviews', is an error.
    /// </summary>
    private static Dictionary<string, T> RecordsBySlug<T>(
        IReadOnlyList<T> records, Func<T, string> name, Func<T, SourceLocation> location,
        NameRegistry registry, NameRegistry withheld, string kind, string file, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var slug = Slug.From(name(record));
            if (!registry.TryGet(slug, out var used))
            {
                if (withheld.TryGet(slug, out _))
                {
                    continue; // used by a draft or an embargoed interview: kept for later, not a typo
                }

                diagnostics.Warning(location(record), $"no interview names the {kind} '{name(record)}'; it gets no page (is the name spelled as in the interviews?)");
            }
            else if (used != name(record))
            {
                diagnostics.Error(location(record), $"the {kind} '{name(record)}' is written '{used}' in the interviews; write it the same way in {file}");
            }
            else if (!result.TryAdd(slug, record))
            {
                diagnostics.Error(location(record), $"the {kind} '{name(record)}' has two records in {file}");
            }
        }

        return result;
    }

    private static List<SitePage> ListPages(
        ArchiveContent content, List<InterviewEntry> interviews, List<PersonEntry> people, List<TopicEntry> topics, DiagnosticBag diagnostics)
    {
        var size = content.Config.PageSize;
        var pages = new List<SitePage>
        {
            new HomePage(
                [.. interviews.Take(HomeListLength)],
                [.. topics.OrderByDescending(t => t.Interviews.Count).Take(HomeListLength * 2)],
                [.. people.OrderByDescending(p => p.Given.Count + p.Conducted.Count).Take(HomeListLength * 2)]),
        };
        pages.Add(new NotFoundPage());
        pages.Add(new SearchPage());
        pages.AddRange(Pagination.Split(interviews, size, InterviewsFolder).Select(p => new InterviewListPage(p)));
        pages.AddRange(Pagination.Split(topics, size, TopicsFolder).Select(p => new TopicIndexPage(p)));
        foreach (var topic in topics)
        {
            pages.AddRange(Pagination.Split(topic.Interviews, size, $"{TopicsFolder}/{topic.Slug}").Select(p => new TopicPage(topic, p)));
        }

        pages.AddRange(Pagination.Split(people, size, PeopleFolder).Select(p => new PeopleIndexPage(p)));
        foreach (var person in people)
        {
            var longest = Math.Max(person.Given.Count, Math.Max(person.Conducted.Count, person.MentionedIn.Count));
            pages.AddRange(PageLinks.For($"{PeopleFolder}/{person.Slug}", PageLinks.CountFor(longest, size)).Select(links => new PersonPage(
                person, links,
                Pagination.Slice(person.Given, links.Number, size),
                Pagination.Slice(person.Conducted, links.Number, size),
                Pagination.Slice(person.MentionedIn, links.Number, size))));
        }

        foreach (var page in content.Pages)
        {
            if (ReservedFolders.Contains(page.Slug))
            {
                diagnostics.Error(page.Location, $"a page may not be called '{page.Slug}': the site uses /{page.Slug}/ itself");
                continue;
            }

            pages.Add(new FreePageView(page));
        }

        // The interview pages come last, in archive order: lists render while the search index is still small, rather
        // than at the end beside the whole of it (100,000 interviews peaked at 432 MB instead of 463-490 MB), and the
        // interviews' open data documents arrive in the order of data/interviews.json.
        pages.AddRange(interviews.Select(i => new InterviewPage(i)));
        return pages;
    }
}
