namespace Archive.Search;

/// <summary>
/// One term of an interview, by its number in the index (<see cref="SearchIndex.Terms"/>): <paramref name="Mask"/> has
/// a bit per exchange holding it (1 = the lead, 2 = q1, …).
/// </summary>
public readonly record struct TermCount(int Term, int Mask, int Count);
