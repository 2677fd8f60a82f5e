using Archive.Diagnostics;
using Archive.Reading;

namespace Archive.Loading;

/// <summary>
/// One interview as its metadata file describes it. The seed itself is read later, one interview at a time,
/// so that an archive of any size never holds every text in memory.
/// <paramref name="SeedPath"/> is relative to the site root ("seeds/…").
/// </summary>
public sealed record InterviewSource(
    string Slug,
    SourceLocation Location,
    string SeedPath,
    SeedFormat SeedFormat,
    string Title,
    PartialDate Date,
    IReadOnlyList<Located<string>> Interviewers,
    IReadOnlyList<Located<string>> Interviewees,
    IReadOnlyList<Located<string>> Topics,
    IReadOnlyList<Located<string>> Mentions,
    string? Source,
    string? Url,
    string? Summary,
    string Language,
    IReadOnlyDictionary<string, string> Speakers,
    IReadOnlyList<Located<RoleOverride>> Overrides,
    bool Draft = false,
    PartialDate? Embargo = null)
{
    /// <summary>Whether the interview may appear in a site built on <paramref name="today"/>.</summary>
    public bool IsPublishedOn(DateOnly today, bool includeDrafts) =>
        (!Draft || includeDrafts) &&
        (Embargo is not { } embargo || embargo <= new PartialDate(today.Year, today.Month, today.Day));

    public Cast Cast => new(
        [.. Interviewers.Select(p => p.Value)],
        [.. Interviewees.Select(p => p.Value)],
        Source,
        Speakers);
}
