namespace Archive.Rendering.Views;

/// <summary>Pagination links of a list page; URLs are relative to the site root, null where there is no such page.</summary>
public sealed record PagerView(int Number, int Count, string? PreviousUrl, string? NextUrl, bool IsPaginated);
