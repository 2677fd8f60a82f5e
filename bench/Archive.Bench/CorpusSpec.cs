namespace Archive.Bench;

/// <summary>What to generate: <paramref name="Interviews"/> interviews, about a fifth as many people, 300 topics, from a fixed seed.</summary>
internal sealed record CorpusSpec(int Interviews, int Seed = 20230109)
{
    public const int TopicCount = 300;

    public int PeopleCount => Math.Max(4, Interviews / 5);
}
