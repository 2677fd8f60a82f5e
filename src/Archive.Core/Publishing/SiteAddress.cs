namespace Archive.Publishing;

/// <summary>
/// Absolute addresses for what needs them (feeds, sitemap, canonical links, citations): only when <c>base_url</c> is set.
/// Pages' own links stay relative; a page's address drops its "index.html".
/// </summary>
public sealed record SiteAddress(string? BaseUrl)
{
    public bool IsKnown => BaseUrl is not null;

    /// <summary>The absolute address of <paramref name="url"/> (relative to the site root), or null without a base_url.</summary>
    public string? Of(string url) => BaseUrl is null ? null : BaseUrl + Pretty(url);

    public static string Pretty(string url) => url.EndsWith("index.html", StringComparison.Ordinal) ? url[..^"index.html".Length] : url;
}
