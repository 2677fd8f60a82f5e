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
    /// <remarks>
    /// A file found under the root begins with it, as the listing made its path: that path is cut, not compared segment
    /// by segment (a build does this for tens of thousands of files). Anything else goes the long way.
    /// </remarks>
    public static string Relative(string root, string fullPath)
    {
        var folder = Path.TrimEndingDirectorySeparator(root);
        var under = folder.Length;
        if (fullPath.Length > under + 1 && fullPath[under] == Path.DirectorySeparatorChar && fullPath.StartsWith(folder, StringComparison.Ordinal))
        {
            var rest = fullPath.AsSpan(under + 1);
            ReadOnlySpan<char> doubled = [Path.DirectorySeparatorChar, Path.DirectorySeparatorChar];
            ReadOnlySpan<char> dotted = [Path.DirectorySeparatorChar, '.'];
            if (rest[0] != '.' && !rest.Contains(doubled, StringComparison.Ordinal) && !rest.Contains(dotted, StringComparison.Ordinal))
            {
                return Path.DirectorySeparatorChar == '/' ? rest.ToString() : rest.ToString().Replace(Path.DirectorySeparatorChar, '/');
            }
        }

        return Path.GetRelativePath(root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
    }
}
