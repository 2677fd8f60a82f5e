using Archive.Diagnostics;

namespace Archive.Loading;

/// <summary>
/// The first stage: reads the settings and every metadata file of an archive, reporting all problems at once.
/// Seeds are checked to exist here and read later, one interview at a time.
/// </summary>
public static class ArchiveLoader
{
    /// <summary>
    /// Reads the archive at <paramref name="root"/>. With <paramref name="cache"/> given, interview metadata unchanged
    /// since the last build is taken from the build cache instead of parsed, and the cache is updated.
    /// </summary>
    public static ArchiveContent? Load(string root, DiagnosticBag diagnostics, CacheUse cache = CacheUse.None)
    {
        var config = ConfigReader.Read(root, diagnostics);
        if (config is null)
        {
            return null;
        }

        // One look at the folder, which holds a file per interview: metadata files end in .yml, and one that ends in .yaml
        // is named for the editor to rename.
        var inFolder = FilesIn(root, ArchivePaths.Interviews, "*").ToArray();
        var files = inFolder.Where(f => f.EndsWith(".yml", StringComparison.Ordinal)).ToArray();
        var read = new Read[files.Length];
        var names = new NamePool();
        var known = cache == CacheUse.None ? null : MetadataCache.Open(root, config.Language, fresh: cache == CacheUse.Refresh);

        // With nothing in the cache every file is parsed, so the disk is asked for all of them at once (see ReadAhead).
        if (known is null || known.IsEmpty)
        {
            ReadAhead.Start(files);
        }

        // On all cores for a big archive; a small one is read before the threads would have started.
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = files.Length < 64 ? 1 : -1 },
            i => read[i] = Interview(root, files[i], config.Language, diagnostics, names, known));

        // The cache is written while the rest is read, which needs nothing of it.
        var saved = known is null ? Task.CompletedTask : Task.Run(known.Save);
        var interviews = read.Select(r => r.Source).OfType<InterviewSource>().ToList();
        var stamps = known is null ? null : Stamps(read);
        foreach (var stray in inFolder.Where(f => f.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            diagnostics.Error(new SourceLocation(ArchivePaths.Relative(root, stray)), "interview metadata files end in .yml; rename this one");
        }

        var pages = FilesIn(root, ArchivePaths.Pages, "*.md")
            .Select(file => FreePageReader.Read(root, file, diagnostics))
            .OfType<FreePage>()
            .ToList();

        var content = new ArchiveContent(root, config, interviews, PeopleReader.Read(root, diagnostics), TopicsReader.Read(root, diagnostics), pages, stamps);
        saved.GetAwaiter().GetResult();
        return content;
    }

    /// <summary>
    /// One metadata file, from the cache when it and its seed are unchanged; with the cache, the stamps it took of
    /// both (the metadata file's taken before it is read, so that an edit made meanwhile counts as a change next time).
    /// </summary>
    private static Read Interview(string root, string file, string siteLanguage, DiagnosticBag diagnostics, NamePool names, MetadataCache? known)
    {
        var relative = ArchivePaths.Relative(root, file);
        if (known is null)
        {
            return Parse(root, file, relative, siteLanguage, diagnostics, names, out _);
        }

        if (known.Find(root, relative, names) is { } unchanged)
        {
            return new Read(relative, unchanged.Source, unchanged.Metadata, unchanged.Seed);
        }

        var stamp = FileStamp.Of(file);
        var read = Parse(root, file, relative, siteLanguage, diagnostics, names, out var clean);
        return read.Source is { } source && clean ? read with { Metadata = stamp, Seed = known.Remember(root, relative, stamp, source) } : read;
    }

    private static Read Parse(string root, string file, string relative, string siteLanguage, DiagnosticBag diagnostics, NamePool names, out bool clean)
    {
        var found = new DiagnosticBag();
        var source = InterviewMetadataReader.Read(root, file, siteLanguage, found, names);
        clean = found.IsEmpty;
        diagnostics.AddRange(found.Sorted);
        return new Read(relative, source, null, null);
    }

    private static Dictionary<string, FileStamp> Stamps(Read[] read)
    {
        var stamps = new Dictionary<string, FileStamp>(read.Length * 2, StringComparer.Ordinal);
        foreach (var (file, source, metadata, seed) in read)
        {
            if (metadata is { } metadataStamp && seed is { } seedStamp && source is not null)
            {
                stamps[file] = metadataStamp;
                stamps[source.SeedPath] = seedStamp;
            }
        }

        return stamps;
    }

    /// <summary>What reading one metadata file gave, with the stamps of it and of its seed when they were taken.</summary>
    private readonly record struct Read(string File, InterviewSource? Source, FileStamp? Metadata, FileStamp? Seed);

    /// <summary>Files of a folder in ordinal order, so that every build sees them in the same order.</summary>
    private static IEnumerable<string> FilesIn(string root, string folder, string pattern)
    {
        var full = Path.Combine(root, folder);
        return Directory.Exists(full)
            ? Directory.EnumerateFiles(full, pattern, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
            : [];
    }
}
