using Archive.Modeling;

namespace Archive.Writing;

/// <summary>
/// Decides which pages an incremental build may keep from the last one: a page made from settings and metadata only
/// when neither changed, an interview's page when its text did not change either.
/// Anything missing or altered in the output is written again.
/// </summary>
internal sealed class UnchangedPages(InputFingerprints? inputs, InputFingerprints? previous, IPageSink sink)
{
    public bool KeepInterview(InterviewPage page) =>
        inputs is not null
        && inputs.SameInterview(previous, page.Interview.Slug)
        && sink.Keep(page.Url);

    public bool Keep(SitePage page) => Keep(page.Url);

    /// <summary>Whether a file made from settings and metadata only is kept as the last build wrote it.</summary>
    public bool Keep(string url) => inputs is not null && inputs.SameSite(previous) && sink.Keep(url);
}
