using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Archive.Loading;

namespace Archive.Writing;

/// <summary>
/// What the pages of a build were made from, in three parts: <paramref name="Site"/> (templates, settings, the tool
/// itself and the build options: every page depends on it), <paramref name="Content"/> (the metadata, people, topics
/// and free pages, and which interviews are published: lists, indexes and every page's links depend on it) and
/// <paramref name="Seeds"/> (each interview's text, by slug: only its own page depends on it).
/// </summary>
public sealed record InputFingerprints(ContentHash Site, ContentHash Content, IReadOnlyDictionary<string, ContentHash> Seeds)
{
    /// <summary>
    /// Templates and settings are hashed by content (they are few); metadata and seeds by path, size and modification
    /// time, as make and rsync do, so that finding out what changed reads no text at all.
    /// </summary>
    public static InputFingerprints Of(ArchiveContent published, bool includeDrafts)
    {
        var root = published.Root;
        var site = new XxHash128();
        site.Append(typeof(InputFingerprints).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        site.Append([includeDrafts ? (byte)1 : (byte)0]);
        site.Append(File.ReadAllBytes(Path.Combine(root, ArchivePaths.Config)));
        foreach (var file in FilesUnder(root, ArchivePaths.Templates))
        {
            site.Append(Encoding.UTF8.GetBytes(file));
            site.Append(File.ReadAllBytes(Path.Combine(root, file)));
        }

        // A big archive has tens of thousands of files to look at: they are looked at on all cores, and hashed in order.
        var content = new XxHash128();
        var contentFiles = FilesUnder(root, ArchivePaths.Content).ToArray();
        content.Append(MemoryMarshal.AsBytes(Stats(root, contentFiles, published.Stamps).AsSpan()));

        // Which interviews are published changes with the day (embargoes) and the options (drafts).
        foreach (var interview in published.Interviews)
        {
            content.Append(Encoding.UTF8.GetBytes(interview.Slug + "\n"));
        }

        var seedStats = Stats(root, [.. published.Interviews.Select(i => i.SeedPath)], published.Stamps);
        var seeds = new Dictionary<string, ContentHash>(published.Interviews.Count, StringComparer.Ordinal);
        for (var i = 0; i < seedStats.Length; i++)
        {
            seeds[published.Interviews[i].Slug] = seedStats[i];
        }

        return new InputFingerprints(ContentHash.Of(site), ContentHash.Of(content), seeds);
    }

    /// <summary>Whether an interview's page, made from these inputs, may be kept from a build made from <paramref name="previous"/>.</summary>
    public bool SameInterview(InputFingerprints? previous, string slug) =>
        SameSite(previous) && Seeds.TryGetValue(slug, out var seed) && previous!.Seeds.TryGetValue(slug, out var before) && seed == before;

    /// <summary>Whether a page made from settings and metadata only may be kept from a build made from <paramref name="previous"/>.</summary>
    public bool SameSite(InputFingerprints? previous) => previous is not null && previous.Site == Site && previous.Content == Content;

    private static IEnumerable<string> FilesUnder(string root, string folder)
    {
        var full = Path.Combine(root, folder);
        return Directory.Exists(full)
            ? Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Select(f => ArchivePaths.Relative(root, f)).Order(StringComparer.Ordinal)
            : [];
    }

    /// <summary>
    /// The hash of each file's path, size and modification time; the stamps loading took are used as they are (looking
    /// at tens of thousands of files a second time is a good part of an incremental build), any other file is looked at
    /// on all cores.
    /// </summary>
    private static ContentHash[] Stats(string root, string[] files, IReadOnlyDictionary<string, FileStamp>? known)
    {
        var stats = new ContentHash[files.Length];
        var unknown = new List<int>();
        for (var i = 0; i < files.Length; i++)
        {
            if (known is not null && known.TryGetValue(files[i], out var taken))
            {
                stats[i] = Stat(files[i], taken);
            }
            else
            {
                unknown.Add(i);
            }
        }

        void Look(int i) => stats[i] = Stat(files[i], FileStamp.Of(Path.Combine(root, files[i])));
        if (unknown.Count < 256)
        {
            unknown.ForEach(Look); // people, topics and free pages, or a small archive: before threads would have started
        }
        else
        {
            Parallel.ForEach(unknown, Look);
        }

        return stats;
    }

    private static ContentHash Stat(string file, FileStamp stamp)
    {
        var length = Encoding.UTF8.GetMaxByteCount(file.Length) + (2 * sizeof(long));
        var rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        var bytes = rented ?? stackalloc byte[length];
        var written = Encoding.UTF8.GetBytes(file, bytes);
        BinaryPrimitives.WriteInt64LittleEndian(bytes[written..], stamp.Size);
        BinaryPrimitives.WriteInt64LittleEndian(bytes[(written + sizeof(long))..], stamp.Modified);
        var hash = ContentHash.Of(bytes[..(written + (2 * sizeof(long)))]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return hash;
    }
}
