namespace Archive.Modeling;

/// <summary>Splits long lists into pages of the configured size.</summary>
public static class Pagination
{
    /// <summary>Pages of <paramref name="size"/> items; an empty list still has one, empty, page.</summary>
    public static IReadOnlyList<Pager<T>> Split<T>(IReadOnlyList<T> items, int size, string folder) =>
        [.. PageLinks.For(folder, PageLinks.CountFor(items.Count, size)).Select(links => new Pager<T>(Slice(items, links.Number, size), links))];

    /// <summary>The items on page <paramref name="number"/> (from 1), as an array: the site model keeps every page's slice.</summary>
    public static IReadOnlyList<T> Slice<T>(IReadOnlyList<T> items, int number, int size) =>
        items.Skip((number - 1) * size).Take(size).ToArray();
}
