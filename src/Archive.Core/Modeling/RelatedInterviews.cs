namespace Archive.Modeling;

/// <summary>
/// For each interview, the others that share most of its topics and people: a shared person counts twice a shared
/// topic. Ties go to the newer interview, then the slug, so the choice is the same on every build. Candidates come
/// from the topic and person indexes, never from comparing every pair.
/// </summary>
public static class RelatedInterviews
{
    public const int Count = 5;
    private const int PersonWeight = 2;
    private const int TopicWeight = 1;

    public static IReadOnlyDictionary<string, IReadOnlyList<InterviewEntry>> Find(
        IReadOnlyList<InterviewEntry> interviews, IReadOnlyList<TopicEntry> topics, IReadOnlyList<PersonEntry> people)
    {
        var rank = new Dictionary<string, int>(interviews.Count, StringComparer.Ordinal);
        for (var i = 0; i < interviews.Count; i++)
        {
            rank[interviews[i].Slug] = i; // interviews come newest first, slug second
        }

        var byTopic = topics.ToDictionary(t => t.Slug, t => t.Interviews, StringComparer.Ordinal);
        var byPerson = people.ToDictionary(
            p => p.Slug,
            p => (IReadOnlyList<InterviewEntry>)[.. p.Given, .. p.Conducted, .. p.MentionedIn],
            StringComparer.Ordinal);
        var result = new Dictionary<string, IReadOnlyList<InterviewEntry>>(interviews.Count, StringComparer.Ordinal);
        var scores = new Dictionary<InterviewEntry, int>();
        foreach (var interview in interviews)
        {
            scores.Clear();
            foreach (var topic in interview.Topics)
            {
                Score(scores, byTopic[topic.Slug], interview, TopicWeight);
            }

            foreach (var person in interview.Interviewers.Concat(interview.Interviewees).Concat(interview.Mentions).DistinctBy(p => p.Slug))
            {
                Score(scores, byPerson[person.Slug].Distinct(), interview, PersonWeight);
            }

            result[interview.Slug] = [.. scores
                .OrderByDescending(s => s.Value)
                .ThenBy(s => rank[s.Key.Slug])
                .Take(Count)
                .Select(s => s.Key)];
        }

        return result;
    }

    private static void Score(Dictionary<InterviewEntry, int> scores, IEnumerable<InterviewEntry> others, InterviewEntry self, int weight)
    {
        foreach (var other in others)
        {
            if (!ReferenceEquals(other, self))
            {
                scores[other] = scores.GetValueOrDefault(other) + weight;
            }
        }
    }
}
