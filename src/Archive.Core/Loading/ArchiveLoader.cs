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

        // On all cores for a big archive; a small one is read before the threads would have started.
        var files = FilesIn(root, ArchivePaths.Interviews, "*.yml").ToArray();
        var read = new InterviewSource?[files.Length];
        var names = new NamePool();
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = files.Length < 64 ? 1 : -1 },
            i => read[i] = InterviewMetadataReader.Read(root, files[i], config.Language, diagnostics, names));
        var interviews = read.OfType<InterviewSource>().ToList();
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
