namespace Archive.Loading;

/// <summary>Only absolute http(s) addresses may come from content: anything else (javascript:, data:) could run in a reader's browser.</summary>
internal static class WebLink
{
    public static bool IsHttp(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) &&
        !string.IsNullOrEmpty(uri.Host);
}
