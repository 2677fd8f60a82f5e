namespace Archive.Loading;

/// <summary>The site settings from <c>archive.yml</c>.</summary>
public sealed record SiteConfig(
    string Title,
    string? Description,
    string Language,
    int PageSize,
    string? BaseUrl)
{
    public const int DefaultPageSize = 50;
}
