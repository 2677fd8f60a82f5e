using System.IO.Hashing;
using System.Text;
using Archive.Diagnostics;
using Archive.Publishing;
using Archive.Search;
using Microsoft.Win32.SafeHandles;

namespace Archive.Writing;

/// <summary>
/// What each interview's text gave the last build besides its page: its search contribution, the warnings its seed
/// raised, and where its document sits in the output's <c>data/interviews.json</c>. An incremental build takes these
/// for every interview whose inputs did not change, so it reads only the seeds that changed, and writes the next
/// build's cache as it goes.
/// </summary>
/// <remarks>
/// One binary file beside the manifest: a header line, one entry per interview (questions, warnings, terms as
/// numbers), then the term table and the index of entries (each with its hash, so a damaged entry is noticed), then
/// where that footer starts. Terms are numbered by the search index, which keeps the numbers from build to build, so an
/// unchanged entry is copied as it is.
/// A cache that cannot be read only costs reading every seed again.
/// </remarks>
internal sealed class InterviewCache : IDisposable
{
    private const string Header = "interview-archive interview cache 1";

    private readonly string _path;
    private readonly SafeFileHandle? _earlier;
    private readonly Dictionary<string, IndexEntry> _earlierIndex;
    private readonly FileStream _next;
    private readonly Dictionary<string, (long Offset, int Length, ulong Hash)> _written; // under _gate
    private readonly Lock _gate = new();
    private bool _committed;

    private InterviewCache(string path, SafeFileHandle? earlier, Dictionary<string, IndexEntry> earlierIndex, string[] terms, SafeFileHandle? earlierOpenData)
    {
        _path = path;
        _earlier = earlier;
        _earlierIndex = earlierIndex;
        _written = new(earlierIndex.Count, StringComparer.Ordinal); // about as many as the earlier build's, sized once
        EarlierTerms = terms;
        EarlierOpenData = earlierOpenData;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _next = new FileStream(NextPath, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        using var header = new BinaryWriter(_next, Encoding.UTF8, leaveOpen: true);
        header.Write(Header);
    }

    /// <summary>The data file of the build the cache was made by, from which unchanged documents are taken; null after a clean build.</summary>
    public SafeFileHandle? EarlierOpenData { get; }

    /// <summary>The search terms by the numbers the earlier build gave them, which its entries use; the index keeps them.</summary>
    public IReadOnlyList<string> EarlierTerms { get; }

    private string NextPath => _path + ".new";

    /// <summary>
    /// The cache at <paramref name="path"/> for an output that <paramref name="earlierFiles"/> describes (null for a
    /// clean build: then only the next build's cache is written). The earlier cache is used only while the data file
    /// it points into is still the one that build wrote.
    /// </summary>
    public static InterviewCache Open(string path, string output, IReadOnlyDictionary<string, OutputFile>? earlierFiles)
    {
        var data = Path.Combine(output, OpenData.CombinedFile);
        if (earlierFiles is not null && File.Exists(path) && earlierFiles.TryGetValue(OpenData.CombinedFile, out var file) && file.IsOnDisk(data)
            && TryRead(path) is { } earlier)
        {
            return new InterviewCache(path, earlier.Handle, earlier.Index, earlier.Terms, File.OpenHandle(data));
        }

        return new InterviewCache(path, null, new Dictionary<string, IndexEntry>(StringComparer.Ordinal), [], null);
    }

    /// <summary>
    /// What the earlier build took from the interview's text, carried into the next cache; null when that build did
    /// not publish it.
    /// </summary>
    public CachedInterview? Reuse(string slug)
    {
        if (_earlier is null || !_earlierIndex.TryGetValue(slug, out var entry))
        {
            return null;
        }

        var bytes = new byte[entry.Length];
        if (RandomAccess.Read(_earlier, bytes, entry.Offset) != bytes.Length || XxHash3.HashToUInt64(bytes) != entry.Hash)
        {
            return null; // damaged: the seed is read again
        }

        // The questions are needed only if a details file of the search index must be made again: they stay bytes until then.
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        var questions = new Utf8Strings(bytes, reader.Read7BitEncodedInt(), reader);
        var diagnostics = new Diagnostic[reader.Read7BitEncodedInt()];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var severity = (Severity)reader.ReadByte();
            var location = new SourceLocation(reader.ReadString(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
            diagnostics[i] = new Diagnostic(severity, location, reader.ReadString());
        }

        var terms = new TermCount[reader.Read7BitEncodedInt()];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = new TermCount(reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
            if ((uint)terms[i].Term >= (uint)EarlierTerms.Count)
            {
                return null;
            }
        }

        Append(slug, bytes);
        return new CachedInterview(new SearchContribution(questions, terms), diagnostics, new DocumentPlace(entry.DataOffset, entry.DataLength));
    }

    /// <summary>Keeps what an interview's text, read by this build, gave it: its search contribution and the problems its seed raised.</summary>
    public void Remember(string slug, SearchContribution search, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(search.Questions.Count);
            foreach (var question in search.Questions)
            {
                writer.Write(question);
            }

            writer.Write7BitEncodedInt(diagnostics.Count);
            foreach (var diagnostic in diagnostics)
            {
                writer.Write((byte)diagnostic.Severity);
                writer.Write(diagnostic.Location.Path);
                writer.Write7BitEncodedInt(diagnostic.Location.Line);
                writer.Write7BitEncodedInt(diagnostic.Location.Column);
                writer.Write(diagnostic.Message);
            }

            writer.Write7BitEncodedInt(search.Terms.Count);
            foreach (var (term, mask, count) in search.Terms)
            {
                writer.Write7BitEncodedInt(term);
                writer.Write7BitEncodedInt(mask);
                writer.Write7BitEncodedInt(count);
            }
        }

        Append(slug, bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
    }

    /// <summary>
    /// Finishes the next build's cache with where <paramref name="placed"/> put each document and the index's
    /// <paramref name="terms"/> by number, and puts it in place of the earlier one. Only interviews whose document was
    /// published are kept.
    /// </summary>
    public void Commit(IReadOnlyDictionary<string, DocumentPlace> placed, IReadOnlyList<string> terms)
    {
        using (var writer = new BinaryWriter(_next, Encoding.UTF8, leaveOpen: false))
        {
            var footer = _next.Position;
            writer.Write7BitEncodedInt(terms.Count);
            foreach (var term in terms)
            {
                writer.Write(term);
            }

            var published = _written.Where(w => placed.ContainsKey(w.Key)).OrderBy(w => w.Key, StringComparer.Ordinal).ToList();
            writer.Write7BitEncodedInt(published.Count);
            foreach (var (slug, (offset, length, hash)) in published)
            {
                writer.Write(slug);
                writer.Write7BitEncodedInt64(offset);
                writer.Write7BitEncodedInt(length);
                writer.Write(hash);
                writer.Write7BitEncodedInt64(placed[slug].Offset);
                writer.Write7BitEncodedInt(placed[slug].Length);
            }

            writer.Write(footer);
        }

        Close();
        LargeFileMove.Over(NextPath, _path);
        _committed = true;
    }

    /// <summary>Without a commit, the earlier cache stays and the unfinished one goes.</summary>
    public void Dispose()
    {
        Close();
        if (!_committed && File.Exists(NextPath))
        {
            File.Delete(NextPath);
        }
    }

    private void Close()
    {
        _next.Dispose();
        _earlier?.Dispose();
        EarlierOpenData?.Dispose();
    }

    private void Append(string slug, ReadOnlySpan<byte> entry)
    {
        lock (_gate)
        {
            _written[slug] = (_next.Position, entry.Length, XxHash3.HashToUInt64(entry));
            _next.Write(entry);
        }
    }

    private static (SafeFileHandle Handle, Dictionary<string, IndexEntry> Index, string[] Terms)? TryRead(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Header)
            {
                return null;
            }

            var entries = stream.Position;
            stream.Seek(-sizeof(long), SeekOrigin.End);
            var footer = reader.ReadInt64();
            if (footer < entries || footer > stream.Length - sizeof(long))
            {
                return null;
            }

            stream.Seek(footer, SeekOrigin.Begin);
            var terms = new string[Count(reader, stream)];
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = reader.ReadString();
            }

            var count = Count(reader, stream);
            var index = new Dictionary<string, IndexEntry>(count, StringComparer.Ordinal);
            for (var i = count; i > 0; i--)
            {
                var slug = reader.ReadString();
                var entry = new IndexEntry(
                    reader.Read7BitEncodedInt64(), reader.Read7BitEncodedInt(), reader.ReadUInt64(), reader.Read7BitEncodedInt64(), reader.Read7BitEncodedInt());
                if (entry.Offset < entries || entry.Length < 0 || entry.Offset + entry.Length > footer)
                {
                    return null;
                }

                index[slug] = entry;
            }

            return (File.OpenHandle(path), index, terms);
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or OverflowException)
        {
            return null; // a damaged cache only costs reading every seed again
        }
    }

    /// <summary>A count of items of at least a byte each, refused when the rest of the file could not hold them.</summary>
    private static int Count(BinaryReader reader, Stream stream)
    {
        var count = reader.Read7BitEncodedInt();
        return count >= 0 && count <= stream.Length - stream.Position ? count : throw new FormatException("a count larger than the file");
    }

    /// <summary>Strings as BinaryWriter wrote them (length, then UTF-8), made into strings only when read.</summary>
    private sealed class Utf8Strings : IReadOnlyList<string>
    {
        private readonly byte[] _bytes;
        private readonly (int Offset, int Length)[] _strings;

        /// <summary>Takes the <paramref name="count"/> strings at <paramref name="reader"/>'s position, leaving it after them.</summary>
        public Utf8Strings(byte[] bytes, int count, BinaryReader reader)
        {
            _bytes = bytes;
            _strings = new (int, int)[count];
            for (var i = 0; i < count; i++)
            {
                var length = reader.Read7BitEncodedInt();
                var offset = (int)reader.BaseStream.Position;
                _strings[i] = (offset, length);
                reader.BaseStream.Seek(length, SeekOrigin.Current);
            }
        }

        public int Count => _strings.Length;

        public string this[int index] => Encoding.UTF8.GetString(_bytes, _strings[index].Offset, _strings[index].Length);

        public IEnumerator<string> GetEnumerator() => Enumerable.Range(0, Count).Select(i => this[i]).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private readonly record struct IndexEntry(long Offset, int Length, ulong Hash, long DataOffset, int DataLength);
}
