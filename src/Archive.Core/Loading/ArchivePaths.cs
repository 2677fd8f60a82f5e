namespace Archive.Loading;

/// <summary>Where things live inside an archive folder (the site root).</summary>
public static class ArchivePaths
{
    public const string Config = "archive.yml";
    public const string Seeds = "seeds";
    public const string Content = "content";
    public const string Interviews = "content/interviews";
    public const string People = "content/people.yml";
    public const string Topics = "content/topics.yml";
    public const string Pages = "content/pages";
    public const string Templates = "templates";

    /// <summary>The site root at or above <paramref name="start"/>: the nearest folder holding archive.yml, or null.</summary>
    public static string? FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, Config)))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>A path relative to the root with '/' separators, as diagnostics print it.</summary>
    public static string Relative(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
