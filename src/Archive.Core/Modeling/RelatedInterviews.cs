using System.Collections.Concurrent;

namespace Archive.Modeling;

/// <summary>
/// For each interview, the others that share most of its topics and people: a shared person counts twice a shared
/// topic. Ties go to the newer interview, then the slug, so the choice is the same on every build. Candidates come
/// from the topic and person indexes, never from comparing every pair, and only the best few are kept, not sorted.
/// In each of its topics and people, an interview looks at its <see cref="Neighbours"/> nearest in time on either side,
/// not at the whole list: a topic of a big archive holds thousands of interviews, and scanning them all for every
/// interview would make the build grow with the square of the archive.
/// </summary>
public static class RelatedInterviews
{
    public const int Count = 5;
    public const int Neighbours = 100;
    private const int PersonWeight = 2;
    private const int TopicWeight = 1;

    public static IReadOnlyDictionary<string, IReadOnlyList<InterviewEntry>> Find(
        IReadOnlyList<InterviewEntry> interviews, IReadOnlyList<TopicEntry> topics, IReadOnlyList<PersonEntry> people) =>
        Find(interviews, topics, people, Neighbours);

    /// <summary>
    /// The related interviews an earlier build chose, by slug, for the same interviews; null when they do not fit
    /// <paramref name="interviews"/> (an interview missing, or a slug no interview has).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<InterviewEntry>>? Known(IReadOnlyList<InterviewEntry> interviews, IReadOnlyDictionary<string, string[]> chosen)
    {
        var bySlug = interviews.ToDictionary(i => i.Slug, StringComparer.Ordinal);
        var result = new Dictionary<string, IReadOnlyList<InterviewEntry>>(interviews.Count, StringComparer.Ordinal);
        foreach (var interview in interviews)
        {
            if (!chosen.TryGetValue(interview.Slug, out var slugs) || slugs.Length > Count)
            {
                return null;
            }

            var related = new InterviewEntry[slugs.Length];
            for (var i = 0; i < slugs.Length; i++)
            {
                if (!bySlug.TryGetValue(slugs[i], out var entry))
                {
                    return null;
                }

                related[i] = entry;
            }

            result[interview.Slug] = related;
        }

        return result;
    }

    internal static IReadOnlyDictionary<string, IReadOnlyList<InterviewEntry>> Find(
        IReadOnlyList<InterviewEntry> interviews, IReadOnlyList<TopicEntry> topics, IReadOnlyList<PersonEntry> people, int neighbours)
    {
        // Interviews by their number, their place in the site's order (newest first, then slug): a lower number wins a tie.
        var byTopic = topics.ToDictionary(t => t.Slug, t => Numbers(t.Interviews), StringComparer.Ordinal);
        var byPerson = people.ToDictionary(p => p.Slug, p => Numbers([.. p.Given, .. p.Conducted, .. p.MentionedIn]), StringComparer.Ordinal);

        // Interviews are scored on all cores, each worker with scores of its own. Parallel.For starts many workers over a
        // big archive, one after the other: they take their scores from a pool, so that only as many tables are made
        // as run at once (each is an array as long as the archive).
        var related = new InterviewEntry[interviews.Count][];
        var pool = new ConcurrentBag<Scores>();
        Parallel.For(
            0,
            interviews.Count,
            new ParallelOptions { MaxDegreeOfParallelism = interviews.Count < 1024 ? 1 : -1 },
            () => pool.TryTake(out var kept) ? kept : new Scores(interviews.Count),
            (self, _, scores) =>
            {
                var interview = interviews[self];
                foreach (var topic in interview.Topics)
                {
                    scores.Add(byTopic[topic.Slug], self, TopicWeight, neighbours);
                }

                foreach (var person in interview.Interviewers.Concat(interview.Interviewees).Concat(interview.Mentions).DistinctBy(p => p.Slug))
                {
                    scores.Add(byPerson[person.Slug], self, PersonWeight, neighbours);
                }

                related[self] = [.. scores.Best(self).Select(i => interviews[i])];
                scores.Clear();
                return scores;
            },
            pool.Add);

        var result = new Dictionary<string, IReadOnlyList<InterviewEntry>>(interviews.Count, StringComparer.Ordinal);
        for (var self = 0; self < interviews.Count; self++)
        {
            result[interviews[self].Slug] = related[self];
        }

        return result;
    }

    /// <summary>The numbers of <paramref name="list"/>'s interviews, each once, in the site's order.</summary>
    private static int[] Numbers(IEnumerable<InterviewEntry> list) =>
        [.. list.Select(i => i.Number).Distinct().Order()];

    /// <summary>One thread's scores of candidates for the interview it is looking at.</summary>
    private sealed class Scores(int interviews)
    {
        private readonly int[] _scores = new int[interviews];
        private readonly List<int> _touched = [];

        /// <summary>Scores the interviews of <paramref name="others"/> nearest to <paramref name="self"/>; others is in the site's order, so they stand next to it.</summary>
        public void Add(int[] others, int self, int weight, int neighbours)
        {
            var at = Array.BinarySearch(others, self);
            at = at < 0 ? ~at : at; // self is in each of its own lists; were it not, the window centres where it would stand
            var from = Math.Max(0, at - neighbours);
            var to = Math.Min(others.Length, at + neighbours + 1);
            foreach (var other in others.AsSpan(from, to - from))
            {
                if (_scores[other] == 0)
                {
                    _touched.Add(other);
                }

                _scores[other] += weight;
            }
        }

        /// <summary>The <see cref="Count"/> best candidates, highest score first, lower position on a tie; <paramref name="self"/> excluded.</summary>
        public List<int> Best(int self)
        {
            var best = new List<int>(Count + 1);
            foreach (var candidate in _touched)
            {
                if (candidate == self)
                {
                    continue;
                }

                var at = best.Count;
                while (at > 0 && Better(candidate, best[at - 1]))
                {
                    at--;
                }

                if (at < Count)
                {
                    best.Insert(at, candidate);
                    if (best.Count > Count)
                    {
                        best.RemoveAt(Count);
                    }
                }
            }

            return best;
        }

        public void Clear()
        {
            foreach (var other in _touched)
            {
                _scores[other] = 0;
            }

            _touched.Clear();
        }

        private bool Better(int a, int b) => _scores[a] > _scores[b] || (_scores[a] == _scores[b] && a < b);
    }
}
