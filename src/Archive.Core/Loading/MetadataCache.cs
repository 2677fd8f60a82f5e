using System.Collections.ObjectModel;
using System.Text;
using Archive.Diagnostics;
using Archive.Reading;
using Archive.Writing;

namespace Archive.Loading;

/// <summary>
/// Interview metadata as the last build read it, by file: parsing thousands of small YAML files is most of what
/// loading a big archive costs, and between two builds nearly all of them are unchanged. An entry is used while its
/// metadata file and the seed it names keep the size and modification time they had when it was read (as make and
/// rsync decide); a file that had a problem is never kept, so its problem is reported by every build. The cache lives
/// in the build cache (<see cref="BuildCache.MetadataPath"/>); one written by another version of the tool, or for
/// another site language, is ignored, and one that cannot be read only costs parsing every file again.
/// </summary>
internal sealed class MetadataCache
{
    private const string Header = "interview-archive metadata cache 1";

    private readonly string _path;
    private readonly string _stamp;
    private readonly Dictionary<string, Entry> _earlier;
    private readonly Dictionary<string, Entry> _next;
    private readonly Lock _gate = new();
    private bool _changed;

    private MetadataCache(string path, string stamp, Dictionary<string, Entry> earlier)
    {
        _path = path;
        _stamp = stamp;
        _earlier = earlier;
        _next = new(earlier.Count, StringComparer.Ordinal); // about as many as last time, sized once
        _changed = earlier.Count == 0;
    }

    /// <summary>
    /// The cache of the archive at <paramref name="root"/>, for interviews whose language defaults to
    /// <paramref name="siteLanguage"/>; with <paramref name="fresh"/>, what is there is ignored and replaced.
    /// </summary>
    public static MetadataCache Open(string root, string siteLanguage, bool fresh)
    {
        var path = BuildCache.MetadataPath(root);
        var stamp = $"{typeof(MetadataCache).Assembly.ManifestModule.ModuleVersionId:N} {siteLanguage}";
        return new MetadataCache(path, stamp, (fresh ? null : Read(path, stamp)) ?? new Dictionary<string, Entry>(StringComparer.Ordinal));
    }

    /// <summary>Whether the cache holds nothing of an earlier build: then every metadata file is parsed.</summary>
    public bool IsEmpty => _earlier.Count == 0;

    /// <summary>
    /// The interview read from <paramref name="file"/> (relative to <paramref name="root"/>) when neither it nor its
    /// seed changed since, with the stamps of both as they are now.
    /// </summary>
    public (InterviewSource Source, FileStamp Metadata, FileStamp Seed)? Find(string root, string file, NamePool names)
    {
        if (!_earlier.TryGetValue(file, out var entry) || FileStamp.Of(Path.Combine(root, file)) != entry.Metadata)
        {
            return null;
        }

        if (Decode(entry.Encoded, file, names) is not { } source || FileStamp.Of(Path.Combine(root, source.SeedPath)) != entry.Seed)
        {
            return null;
        }

        lock (_gate)
        {
            _next[file] = entry;
        }

        return (source, entry.Metadata, entry.Seed);
    }

    /// <summary>
    /// Keeps an interview read without any problem from <paramref name="file"/>, as it stood at <paramref name="stamp"/>;
    /// returns its seed's stamp.
    /// </summary>
    public FileStamp Remember(string root, string file, FileStamp stamp, InterviewSource source)
    {
        var seed = FileStamp.Of(Path.Combine(root, source.SeedPath));
        if (Encode(source, file) is { } encoded)
        {
            lock (_gate)
            {
                _next[file] = new Entry(stamp, seed, encoded);
                _changed = true;
            }
        }

        return seed;
    }

    /// <summary>
    /// Writes what this load read, when it differs from what was there: entries of files that are gone are dropped.
    /// A cache that cannot be written costs the next build time, nothing else.
    /// </summary>
    public void Save()
    {
        if (!_changed && _next.Count == _earlier.Count)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            var temporary = BuildCache.Unfinished(_path);
            using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
            {
                writer.Write(Header);
                writer.Write(_stamp);
                writer.Write7BitEncodedInt(_next.Count);
                string[] files = [.. _next.Keys];
                Array.Sort(files, StringComparer.Ordinal);
                foreach (var file in files)
                {
                    var entry = _next[file];
                    writer.Write(file);
                    Write(writer, entry.Metadata);
                    Write(writer, entry.Seed);
                    writer.Write7BitEncodedInt(entry.Encoded.Length);
                    writer.Write(entry.Encoded);
                }
            }

            File.Move(temporary, _path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a read-only archive builds; it is only read in full each time
        }
    }

    private static Dictionary<string, Entry>? Read(string path, string stamp)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != Header || reader.ReadString() != stamp)
            {
                return null;
            }

            var count = reader.Read7BitEncodedInt();
            var entries = new Dictionary<string, Entry>(Math.Min(count, 1 << 20), StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var file = reader.ReadString();
                var metadata = ReadStat(reader);
                var seed = ReadStat(reader);
                var length = reader.Read7BitEncodedInt();
                var encoded = reader.ReadBytes(length);
                if (encoded.Length != length)
                {
                    return null;
                }

                entries[file] = new Entry(metadata, seed, encoded);
            }

            return entries;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The interview as bytes; null when something in it points into another file (then it is not kept).</summary>
    private static byte[]? Encode(InterviewSource source, string file)
    {
        if (!AllIn(file, source))
        {
            return null;
        }

        using var bytes = new MemoryStream();
        using (var w = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            Write(w, source.Location);
            w.Write(source.SeedPath);
            w.Write((byte)source.SeedFormat);
            w.Write(source.Title);
            Write(w, source.Date);
            foreach (var names in new[] { source.Interviewers, source.Interviewees, source.Topics, source.Mentions })
            {
                w.Write7BitEncodedInt(names.Count);
                foreach (var (name, at) in names)
                {
                    w.Write(name);
                    Write(w, at);
                }
            }

            foreach (var text in new[] { source.Source, source.Url, source.Summary })
            {
                w.Write(text is not null);
                w.Write(text ?? string.Empty);
            }

            w.Write(source.Language);
            w.Write7BitEncodedInt(source.Speakers.Count);
            foreach (var (label, name) in source.Speakers)
            {
                w.Write(label);
                w.Write(name);
            }

            w.Write7BitEncodedInt(source.Overrides.Count);
            foreach (var (correction, at) in source.Overrides)
            {
                w.Write7BitEncodedInt(correction.Paragraph);
                w.Write((byte)correction.Role);
                w.Write(correction.Speaker is not null);
                w.Write(correction.Speaker ?? string.Empty);
                Write(w, at);
            }

            w.Write(source.Draft);
            w.Write(source.Embargo is not null);
            Write(w, source.Embargo ?? default);
        }

        return bytes.ToArray();
    }

    /// <summary>
    /// Whether every location of <paramref name="source"/> is in <paramref name="file"/>. Loops rather than a query:
    /// queries over these location pairs are code the runtime compiles anew in every build that parses one file.
    /// </summary>
    private static bool AllIn(string file, InterviewSource source)
    {
        foreach (var names in (ReadOnlySpan<IReadOnlyList<Located<string>>>)[source.Interviewers, source.Interviewees, source.Topics, source.Mentions])
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (names[i].Location.Path != file)
                {
                    return false;
                }
            }
        }

        for (var i = 0; i < source.Overrides.Count; i++)
        {
            if (source.Overrides[i].Location.Path != file)
            {
                return false;
            }
        }

        return source.Location.Path == file;
    }

    /// <summary>The interview an entry holds; null when the entry is damaged, and then the file is parsed again.</summary>
    private static InterviewSource? Decode(byte[] encoded, string file, NamePool names)
    {
        try
        {
            return DecodeWhole(encoded, file, names);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static InterviewSource DecodeWhole(byte[] encoded, string file, NamePool names)
    {
        var r = new EncodedReader(encoded);
        var location = ReadLocation(ref r, file);
        var seedPath = r.ReadString();
        var seedFormat = Known((SeedFormat)r.ReadByte());
        var title = r.ReadString();
        var date = ReadDate(ref r);
        var lists = new Located<string>[4][];
        for (var list = 0; list < lists.Length; list++)
        {
            lists[list] = Sized<Located<string>>(r.Read7BitEncodedInt());
            for (var i = 0; i < lists[list].Length; i++)
            {
                lists[list][i] = new Located<string>(r.ReadString(names), ReadLocation(ref r, file));
            }
        }

        var texts = new string?[3];
        for (var i = 0; i < texts.Length; i++)
        {
            var given = r.ReadBoolean();
            var text = r.ReadString();
            texts[i] = given ? text : null;
        }

        var language = r.ReadString(names);
        var speakerCount = r.Read7BitEncodedInt();
        var speakers = new Dictionary<string, string>(speakerCount, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < speakerCount; i++)
        {
            speakers[r.ReadString()] = r.ReadString(names);
        }

        var overrides = Sized<Located<RoleOverride>>(r.Read7BitEncodedInt());
        for (var i = 0; i < overrides.Length; i++)
        {
            var paragraph = r.Read7BitEncodedInt();
            var role = Known((ParagraphRole)r.ReadByte());
            var hasSpeaker = r.ReadBoolean();
            var speaker = r.ReadString();
            overrides[i] = new Located<RoleOverride>(new RoleOverride(paragraph, role, hasSpeaker ? speaker : null), ReadLocation(ref r, file));
        }

        var draft = r.ReadBoolean();
        var hasEmbargo = r.ReadBoolean();
        var embargo = ReadDate(ref r);
        if (!r.AtEnd)
        {
            throw new FormatException("the cached entry goes on after its last field");
        }

        return new InterviewSource(
            Path.GetFileNameWithoutExtension(file), location, seedPath, seedFormat, title, date, lists[0], lists[1], lists[2], lists[3],
            texts[0], texts[1], texts[2], language, speakerCount == 0 ? ReadOnlyDictionary<string, string>.Empty : speakers, overrides,
            draft, hasEmbargo ? embargo : null);
    }

    private static T Known<T>(T value)
        where T : struct, Enum => Enum.IsDefined(value) ? value : throw new FormatException($"'{value}' is not a {typeof(T).Name}");

    /// <summary>An array of <paramref name="count"/> items; the one empty array when there are none (most interviews have no corrections).</summary>
    private static T[] Sized<T>(int count) => count == 0 ? [] : new T[count];

    private static void Write(BinaryWriter w, FileStamp stamp)
    {
        w.Write(stamp.Size);
        w.Write(stamp.Modified);
    }

    private static FileStamp ReadStat(BinaryReader r) => new(r.ReadInt64(), r.ReadInt64());

    private static void Write(BinaryWriter w, SourceLocation at)
    {
        w.Write7BitEncodedInt(at.Line);
        w.Write7BitEncodedInt(at.Column);
    }

    private static SourceLocation ReadLocation(ref EncodedReader r, string file) => new(file, r.Read7BitEncodedInt(), r.Read7BitEncodedInt());

    private static void Write(BinaryWriter w, PartialDate date)
    {
        w.Write7BitEncodedInt(date.Year);
        w.Write7BitEncodedInt(date.Month ?? 0);
        w.Write7BitEncodedInt(date.Day ?? 0);
    }

    private static PartialDate ReadDate(ref EncodedReader r)
    {
        var year = r.Read7BitEncodedInt();
        var month = r.Read7BitEncodedInt();
        var day = r.Read7BitEncodedInt();
        return new PartialDate(year, month == 0 ? null : month, day == 0 ? null : day);
    }

    private sealed record Entry(FileStamp Metadata, FileStamp Seed, byte[] Encoded);
}
