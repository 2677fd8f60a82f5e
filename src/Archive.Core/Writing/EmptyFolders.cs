namespace Archive.Writing;

/// <summary>Removes the folders that files moved or deleted out of them left empty.</summary>
internal static class EmptyFolders
{
    /// <summary>
    /// Removes each of <paramref name="folders"/> that is empty, and then its parents while they are, deepest first, up
    /// to <paramref name="root"/>, which stays.
    /// </summary>
    public static void Remove(IEnumerable<string> folders, string root)
    {
        var deepestFirst = folders.Distinct(StringComparer.Ordinal).ToList();
        deepestFirst.Sort((a, b) => b.Length.CompareTo(a.Length));
        foreach (var folder in deepestFirst)
        {
            for (var empty = folder; empty.Length > root.Length && Directory.Exists(empty) && !Directory.EnumerateFileSystemEntries(empty).Any(); empty = Path.GetDirectoryName(empty)!)
            {
                Directory.Delete(empty);
            }
        }
    }
}
