namespace Archive.Search;

/// <summary>
/// The index the last build wrote, as the next one starts from it: its state, and, when that build indexed the same
/// interviews under the same numbers with the same tool, templates and settings (<paramref name="Patchable"/>), what
/// each interview gave it (<paramref name="TermsOf"/>, by slug; null when that is not known). Then only the term shards
/// whose terms changed are made again, from the files that build wrote; the others are kept as they are.
/// </summary>
public sealed record EarlierIndex(IndexState State, bool Patchable, Func<string, IReadOnlyList<TermCount>?> TermsOf);
