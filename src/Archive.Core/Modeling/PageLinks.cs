namespace Archive.Modeling;

/// <summary>
/// Where page <see cref="Number"/> of <see cref="Count"/> of a list lives, and its neighbours. Page 1 is the list's own
/// address, page N lives at <c>page/N/</c> below it. URLs are relative to the site root.
/// </summary>
public sealed record PageLinks(int Number, int Count, string Url, string? PreviousUrl, string? NextUrl)
{
    public bool IsPaginated => Count > 1;

    /// <summary>Links for every page of a list in <paramref name="folder"/> ("" for the site root) that has <paramref name="count"/> pages.</summary>
    public static IReadOnlyList<PageLinks> For(string folder, int count) =>
        [.. Enumerable.Range(1, Math.Max(1, count)).Select(n => new PageLinks(
            n, Math.Max(1, count), UrlOf(folder, n), n > 1 ? UrlOf(folder, n - 1) : null, n < count ? UrlOf(folder, n + 1) : null))];

    public static string UrlOf(string folder, int number)
    {
        var prefix = folder.Length == 0 ? string.Empty : folder + "/";
        return number == 1 ? prefix + "index.html" : $"{prefix}page/{number}/index.html";
    }

    /// <summary>How many pages <paramref name="items"/> items fill at <paramref name="size"/> a page (at least one).</summary>
    public static int CountFor(int items, int size) => Math.Max(1, (items + size - 1) / size);
}
