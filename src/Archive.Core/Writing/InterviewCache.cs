using System.Buffers;
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
/// numbers), then the search index's state (its terms with how many interviews held each, and its shard limit), the
/// index of entries in the order of the site's interviews (each with its hash, so a damaged entry is noticed, and its
/// count of warnings, so an entry without any need not be read), then where that footer starts. Terms are numbered by
/// the search index, which keeps the numbers from build to build, so an unchanged entry stays as it is.
/// The next cache is the earlier one added to: an unchanged interview costs an index line, a changed one an entry added
/// at the end, after the earlier footer, which stays as it is until the new footer follows (a build that fails cuts
/// the file back to where it ended). The entries of changed or removed interviews and the old footers stay behind
/// unindexed until they are half of the file; then the next cache is written afresh beside it with the entries still
/// in use (an edit leaves some kilobytes behind, so that is many edits apart).
/// A cache that cannot be read only costs reading every seed again.
/// </remarks>
internal sealed class InterviewCache : IDisposable
{
    private const string Header = "interview-archive interview cache 2";

    [ThreadStatic]
    private static MemoryStream? t_entry;

    private readonly string _path;
    private readonly Earlier? _earlier;
    private readonly bool _carried;
    private readonly long _carriedLength;
    private readonly FileStream _next;
    private readonly Dictionary<string, IndexEntry> _written; // under _gate
    private readonly Lock _gate = new();
    private bool _committed;

    private InterviewCache(string path, Earlier? earlier, SafeFileHandle? earlierOpenData)
    {
        _path = path;
        _earlier = earlier;
        _written = new(earlier?.Index.Count ?? 0, StringComparer.Ordinal); // about as many as the earlier build's, sized once
        EarlierTerms = earlier?.Search.Terms ?? [];
        EarlierOpenData = earlierOpenData;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // The earlier file is added to, unless most of it is left behind.
        _carried = earlier is not null && earlier.Footer - earlier.InUse <= earlier.InUse;
        if (_carried)
        {
            _next = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16);
            _carriedLength = _next.Seek(0, SeekOrigin.End);
        }
        else
        {
            _next = new FileStream(NextPath, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
            using var header = new BinaryWriter(_next, Encoding.UTF8, leaveOpen: true);
            header.Write(Header);
        }
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
            return new InterviewCache(path, earlier, File.OpenHandle(data));
        }

        return new InterviewCache(path, null, null);
    }

    /// <summary>
    /// The search index the earlier build wrote, for the next one: patchable when <paramref name="sameSite"/> (the
    /// same tool, templates and settings) and the earlier build numbered the same <paramref name="interviews"/> (slugs
    /// by number) the same way.
    /// </summary>
    public EarlierIndex? EarlierSearch(IReadOnlyList<string> interviews, bool sameSite) =>
        _earlier is null ? null : new EarlierIndex(_earlier.Search, sameSite && _earlier.Order.AsSpan().SequenceEqual([.. interviews]), TermsOf);

    /// <summary>
    /// What the earlier build took from the interview's text, carried into the next cache; null when that build did
    /// not publish it. With <paramref name="termsLater"/> (a search index being patched wants an unchanged interview's
    /// terms only if the patch cannot be made), an entry without warnings is not read now: its questions and terms are
    /// read when first used, and a damaged entry is then an error that asks for a clean build.
    /// </summary>
    public CachedInterview? Reuse(string slug, bool termsLater = false)
    {
        if (_earlier is null || !_earlier.Index.TryGetValue(slug, out var entry))
        {
            return null;
        }

        var place = new DocumentPlace(entry.DataOffset, entry.DataLength);
        var handle = _earlier.Handle;
        var known = EarlierTerms.Count;
        if (termsLater && _carried && entry.Warnings == 0)
        {
            lock (_gate)
            {
                _written[slug] = entry;
            }

            var terms = new Stored<TermCount>(() => Read(handle, entry, (bytes, at) =>
            {
                SkipQuestions(bytes, ref at);
                SkipDiagnostics(bytes, ref at);
                return Terms(bytes, ref at, known) ?? throw Damaged();
            }));
            return new CachedInterview(new SearchContribution(new Stored<string>(() => Read(handle, entry, Questions)), terms), [], place);
        }

        var rented = ArrayPool<byte>.Shared.Rent(entry.Length);
        try
        {
            var bytes = rented.AsSpan(0, entry.Length);
            if (RandomAccess.Read(handle, bytes, entry.Offset) != bytes.Length || XxHash3.HashToUInt64(bytes) != entry.Hash)
            {
                return null; // damaged: the seed is read again
            }

            // The questions are needed only if a details file of the search index must be made again: they are read
            // from the file again then.
            var at = 0;
            var questions = new Stored<string>(() => Read(handle, entry, Questions), Varint(bytes, ref at));
            at = 0;
            SkipQuestions(bytes, ref at);
            var diagnostics = Diagnostics(bytes, ref at);
            if (Terms(bytes, ref at, known) is not { } terms)
            {
                return null;
            }

            if (_carried)
            {
                lock (_gate)
                {
                    _written[slug] = entry;
                }
            }
            else
            {
                Append(slug, bytes, diagnostics.Length);
            }

            return new CachedInterview(new SearchContribution(questions, terms), diagnostics, place);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The terms the earlier build took from the interview's text; null when it has no entry or the entry is damaged.</summary>
    private TermCount[]? TermsOf(string slug)
    {
        if (_earlier is null || !_earlier.Index.TryGetValue(slug, out var entry))
        {
            return null;
        }

        try
        {
            return Read(_earlier.Handle, entry, (bytes, at) =>
            {
                SkipQuestions(bytes, ref at);
                SkipDiagnostics(bytes, ref at);
                return Terms(bytes, ref at, EarlierTerms.Count);
            });
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Keeps what an interview's text, read by this build, gave it: its search contribution and the problems its seed raised.</summary>
    public void Remember(string slug, SearchContribution search, IReadOnlyList<Diagnostic> diagnostics)
    {
        // Each thread encodes into a buffer it keeps: a stream made per interview grew by doubling, 66 MB of garbage
        // in a build of 10,000 interviews.
        var bytes = t_entry ??= new MemoryStream();
        bytes.SetLength(0);
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

        Append(slug, bytes.GetBuffer().AsSpan(0, (int)bytes.Length), diagnostics.Count);
    }

    /// <summary>
    /// Finishes the next build's cache with the <paramref name="search"/> index's state and, in the order of the site's
    /// <paramref name="interviews"/> (slugs by number), where <paramref name="placed"/> put each document, and puts it in
    /// place of the earlier one. Only interviews whose document was published are kept.
    /// </summary>
    public void Commit(IReadOnlyList<string> interviews, IReadOnlyDictionary<string, DocumentPlace> placed, IndexState search)
    {
        using (var writer = new BinaryWriter(_next, Encoding.UTF8, leaveOpen: false))
        {
            var footer = _next.Position;
            writer.Write7BitEncodedInt(search.Terms.Count);
            for (var i = 0; i < search.Terms.Count; i++)
            {
                writer.Write(search.Terms[i]);
                writer.Write7BitEncodedInt(search.Counts[i]);
            }

            writer.Write7BitEncodedInt(search.ShardLimit);
            var published = interviews.Where(slug => placed.ContainsKey(slug) && _written.ContainsKey(slug)).ToArray();
            writer.Write7BitEncodedInt(published.Length);
            foreach (var slug in published)
            {
                var entry = _written[slug];
                writer.Write(slug);
                writer.Write7BitEncodedInt64(entry.Offset);
                writer.Write7BitEncodedInt(entry.Length);
                writer.Write(entry.Hash);
                writer.Write7BitEncodedInt64(placed[slug].Offset);
                writer.Write7BitEncodedInt(placed[slug].Length);
                writer.Write7BitEncodedInt(entry.Warnings);
            }

            writer.Write(footer);
        }

        Close();
        if (!_carried)
        {
            LargeFileMove.Over(NextPath, _path);
        }

        _committed = true;
    }

    /// <summary>Without a commit, the earlier cache stays as it was and the unfinished one goes.</summary>
    public void Dispose()
    {
        if (!_committed && _carried && _next.CanWrite)
        {
            _next.SetLength(_carriedLength);
        }

        Close();
        if (!_committed && File.Exists(NextPath))
        {
            File.Delete(NextPath);
        }
    }

    private void Close()
    {
        _next.Dispose();
        _earlier?.Handle.Dispose();
        EarlierOpenData?.Dispose();
    }

    private void Append(string slug, ReadOnlySpan<byte> entry, int warnings)
    {
        lock (_gate)
        {
            _written[slug] = new IndexEntry(_next.Position, entry.Length, XxHash3.HashToUInt64(entry), 0, 0, warnings);
            _next.Write(entry);
        }
    }

    private static Earlier? TryRead(string path)
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
            var counts = new int[terms.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = reader.ReadString();
                counts[i] = reader.Read7BitEncodedInt();
            }

            var search = new IndexState(terms, counts, reader.Read7BitEncodedInt());
            var order = new string[Count(reader, stream)];
            var index = new Dictionary<string, IndexEntry>(order.Length, StringComparer.Ordinal);
            var inUse = entries;
            for (var i = 0; i < order.Length; i++)
            {
                var slug = order[i] = reader.ReadString();
                var entry = new IndexEntry(
                    reader.Read7BitEncodedInt64(), reader.Read7BitEncodedInt(), reader.ReadUInt64(), reader.Read7BitEncodedInt64(), reader.Read7BitEncodedInt(),
                    reader.Read7BitEncodedInt());
                if (entry.Offset < entries || entry.Length < 0 || entry.Offset + entry.Length > footer || !index.TryAdd(slug, entry))
                {
                    return null;
                }

                inUse += entry.Length;
            }

            return new Earlier(File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite), index, order, search, footer, inUse);
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or OverflowException)
        {
            return null; // a damaged cache only costs reading every seed again
        }
    }

    /// <summary>A non-negative integer as <see cref="BinaryWriter.Write7BitEncodedInt"/> wrote it.</summary>
    private static int Varint(ReadOnlySpan<byte> bytes, ref int at)
    {
        var value = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (int)value;
            }
        }

        throw new FormatException("a number too long");
    }

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> wrote it.</summary>
    private static string Text(ReadOnlySpan<byte> bytes, ref int at)
    {
        var length = Varint(bytes, ref at);
        var text = Encoding.UTF8.GetString(bytes.Slice(at, length));
        at += length;
        return text;
    }

    /// <summary>A count of items of at least a byte each, refused when the rest of the file could not hold them.</summary>
    private static int Count(BinaryReader reader, Stream stream)
    {
        var count = reader.Read7BitEncodedInt();
        return count >= 0 && count <= stream.Length - stream.Position ? count : throw new FormatException("a count larger than the file");
    }

    /// <summary>An entry of the earlier cache, read and checked against its hash, then decoded by <paramref name="decode"/> from its start.</summary>
    private static T Read<T>(SafeFileHandle file, IndexEntry entry, Decoder<T> decode)
    {
        var bytes = new byte[entry.Length];
        if (RandomAccess.Read(file, bytes, entry.Offset) != bytes.Length || XxHash3.HashToUInt64(bytes) != entry.Hash)
        {
            throw Damaged();
        }

        return decode(bytes, 0);
    }

    private static IOException Damaged() =>
        new("the build cache changed or was damaged while the build read it; build again with --clean");

    private static string[] Questions(byte[] bytes, int at)
    {
        var questions = new string[Varint(bytes, ref at)];
        for (var i = 0; i < questions.Length; i++)
        {
            questions[i] = Text(bytes, ref at);
        }

        return questions;
    }

    private static void SkipQuestions(ReadOnlySpan<byte> bytes, ref int at)
    {
        for (var i = Varint(bytes, ref at); i > 0; i--)
        {
            var length = Varint(bytes, ref at);
            at += length;
        }
    }

    private static Diagnostic[] Diagnostics(ReadOnlySpan<byte> bytes, ref int at)
    {
        var diagnostics = new Diagnostic[Varint(bytes, ref at)];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var severity = (Severity)bytes[at++];
            var location = new SourceLocation(Text(bytes, ref at), Varint(bytes, ref at), Varint(bytes, ref at));
            diagnostics[i] = new Diagnostic(severity, location, Text(bytes, ref at));
        }

        return diagnostics;
    }

    private static void SkipDiagnostics(ReadOnlySpan<byte> bytes, ref int at) => Diagnostics(bytes, ref at);

    /// <summary>An entry's terms; null when one is not among the <paramref name="known"/> terms the cache numbers.</summary>
    private static TermCount[]? Terms(ReadOnlySpan<byte> bytes, ref int at, int known)
    {
        var terms = new TermCount[Varint(bytes, ref at)];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = new TermCount(Varint(bytes, ref at), Varint(bytes, ref at), Varint(bytes, ref at));
            if ((uint)terms[i].Term >= (uint)known)
            {
                return null;
            }
        }

        return terms;
    }

    private delegate T Decoder<T>(byte[] bytes, int at);

    /// <summary>A list of an entry's, read from the earlier cache when first used; its count may be known before.</summary>
    private sealed class Stored<T>(Func<T[]> read, int? count = null) : IReadOnlyList<T>
    {
        private T[]? _items;

        public int Count => count ?? Items.Length;

        public T this[int index] => Items[index];

        private T[] Items => _items ??= read();

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>
    /// The earlier cache, open: the index of its entries, their slugs in the order of that build's interviews, its
    /// search index's state, where its footer starts and how many of its bytes the index uses.
    /// </summary>
    private sealed record Earlier(SafeFileHandle Handle, Dictionary<string, IndexEntry> Index, string[] Order, IndexState Search, long Footer, long InUse);

    /// <summary>
    /// An entry's place in the file, its hash and count of warnings, and where its interview's document sat in the data
    /// file. A class: the framework's precompiled code for tables of references serves the index, which a table of
    /// structs would not.
    /// </summary>
    private sealed record IndexEntry(long Offset, int Length, ulong Hash, long DataOffset, int DataLength, int Warnings);
}
