using Archive.Diagnostics;
using Archive.Publishing;
using Archive.Search;

namespace Archive.Writing;

/// <summary>What an earlier build took from one interview's text: its search contribution, the problems its seed raised and where its document was put.</summary>
internal sealed record CachedInterview(SearchContribution Search, IReadOnlyList<Diagnostic> Diagnostics, DocumentPlace Document);
