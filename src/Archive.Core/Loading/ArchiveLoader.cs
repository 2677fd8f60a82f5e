using Archive.Diagnostics;

namespace Archive.Loading;

/// <summary>
/// The first stage: reads the settings and every metadata file of an archive, reporting all problems at once.
/// Seeds are checked to exist here and read later, one interview at a time.
/// </summary>
public static class ArchiveLoader
{
    public static ArchiveContent? Load(string root, DiagnosticBag diagnostics)
    {
        var config = ConfigReader.Read(root, diagnostics);
        if (config is null)
        {
            return null;
        }

        var interviews = FilesIn(root, ArchivePaths.Interviews, "*.yml")
            .AsParallel().AsOrdered()
            .Select(file => InterviewMetadataReader.Read(root, file, config.Language, diagnostics))
            .OfType<InterviewSource>()
            .ToList();
        foreach (var stray in FilesIn(root, ArchivePaths.Interviews, "*.yaml"))
        {
            diagnostics.Error(new SourceLocation(ArchivePaths.Relative(root, stray)), "interview metadata files end in .yml; rename this one");
        }

        var pages = FilesIn(root, ArchivePaths.Pages, "*.md")
            .Select(file => FreePageReader.Read(root, file, diagnostics))
            .OfType<FreePage>()
            .ToList();

        return new ArchiveContent(root, config, interviews, PeopleReader.Read(root, diagnostics), TopicsReader.Read(root, diagnostics), pages);
    }

    /// <summary>Files of a folder in ordinal order, so that every build sees them in the same order.</summary>
    private static IEnumerable<string> FilesIn(string root, string folder, string pattern)
    {
        var full = Path.Combine(root, folder);
        return Directory.Exists(full)
            ? Directory.EnumerateFiles(full, pattern, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
            : [];
    }
}
