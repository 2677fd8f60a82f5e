using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Archive.Modeling;
using Archive.Publishing;
using Archive.Reading;
using Archive.Rendering.Views;
using Archive.Writing;

namespace Archive.Search;

/// <summary>
/// The static full-text index, built while the interview pages render and written as small script files under
/// search/, so that a reader downloads only what a query needs:
/// <list type="bullet">
/// <item><c>search/terms/&lt;xx&gt;.js</c>: the terms starting with xx, each with its postings [interview, exchanges, count],
/// where exchanges is a bit mask of the questions (1 = the lead, 2 = q1, 4 = q2, …) whose exchange holds the term. In a
/// big archive, the terms of a prefix that would make a shard larger than <see cref="DefaultShardLimit"/> go one letter
/// further into shards of their own (<c>gen.js</c>, <c>ger.js</c>, …; the prefix's own shard keeps the term that is the
/// prefix itself), so that a query downloads about as much at 100,000 interviews as at 10,000. A prefix in another
/// script gets a file name in ASCII (<see cref="ShardFile"/>);</item>
/// <item><c>search/docs/&lt;n&gt;.js</c>: five interviews' title, address, date, people, topics and question texts;</item>
/// <item><c>search/facets.js</c>: the count of interviews, the topics for the filter and the prefixes split further;</item>
/// <item><c>search/people.js</c>: the people for the filter, loaded after the first results (a big archive names
/// tens of thousands).</item>
/// </list>
/// Script files rather than JSON, so the search also works from a site opened from disk; terms found in more than
/// half of the interviews are left out (they select nothing).
/// After an edit, an index the last build wrote for the same interviews is patched (<see cref="EarlierIndex"/>): only
/// the shards of the two-letter prefixes whose terms changed are made again, from the files that build wrote and what
/// the changed interviews gave it before and now; the unchanged interviews' terms are not even read. When a patch
/// cannot be made (a term left out as too common becomes rare enough to be listed, say), the index is made whole.
/// </summary>
public sealed partial class SearchIndex
{
    public const string Folder = "search";
    public const string TermsFolder = Folder + "/terms/";
    public const int DocsPerChunk = 5;

    /// <summary>
    /// A term shard larger than this, as estimated from its postings, is split by one more letter: a little above the
    /// largest shard of the benchmark's 10,000 interviews (75 KB, estimated 88 KB), so that an archive of that size
    /// keeps its shards of two letters and a bigger one's first results stay about as small.
    /// </summary>
    public const int DefaultShardLimit = 96 * 1024;

    /// <summary>About what one posting takes in a shard: up to six digits of interview, the mask, the count, three commas.</summary>
    private const int PostingEstimate = 12;

    /// <summary>Prefixes are split up to this length; longer ones keep all their terms, however many.</summary>
    private const int LongestPrefix = 6;

    private const int MaxExchangeBit = 30;

    private readonly IReadOnlyList<InterviewEntry> _interviews;
    private readonly ConcurrentDictionary<string, Postings> _postings;
    private readonly ConcurrentDictionary<string, Postings>.AlternateLookup<ReadOnlySpan<char>> _postingsOfSpan;
    private readonly IReadOnlyList<string>?[] _questions;
    private readonly int[] _pending;
    private readonly int[] _read;
    private readonly IPageSink _sink;
    private readonly int _limit;
    private readonly int _shardLimit;
    private readonly Lock _newTerm = new();
    private readonly ConcurrentBag<TermTally> _tallies = [];
    private readonly EarlierIndex? _earlier;
    private readonly SearchContribution?[]? _kept; // when patching: the unchanged interviews, by number
    private readonly ConcurrentBag<(int Doc, IReadOnlyList<TermCount> Terms)> _reread = []; // when patching: what the others give now
    private Postings[] _byNumber;
    private int _terms;
    private int[]? _counts;

    /// <summary>
    /// An index of <paramref name="interviews"/> (the site's, each at its <see cref="InterviewEntry.Number"/>), whose
    /// detail files are written to <paramref name="sink"/>. The terms the <paramref name="earlier"/> index numbered
    /// keep their numbers, so that what it recorded of each interview can be added as it is; when it can be patched,
    /// it is.
    /// </summary>
    /// <param name="shardLimit">The size beyond which a term shard is split (<see cref="DefaultShardLimit"/>; tests split small archives).</param>
    public SearchIndex(IReadOnlyList<InterviewEntry> interviews, IPageSink sink, EarlierIndex? earlier = null, int shardLimit = DefaultShardLimit)
    {
        _interviews = interviews;
        _sink = sink;
        _shardLimit = shardLimit;
        _earlier = earlier;
        var numbered = earlier?.State.Terms;
        if (earlier is { Patchable: true } && earlier.State.ShardLimit == shardLimit && earlier.State.Counts.Count == numbered!.Count)
        {
            _kept = new SearchContribution?[interviews.Count];
        }

        // A term in more than half of the interviews selects nothing; a tiny archive keeps every term.
        _limit = interviews.Count < 4 ? int.MaxValue : Math.Max(2, interviews.Count / 2);
        _postings = new(Environment.ProcessorCount, Math.Max(31, numbered?.Count ?? 0), StringComparer.Ordinal); // the earlier build's terms, sized once
        _postingsOfSpan = _postings.GetAlternateLookup<ReadOnlySpan<char>>();
        _byNumber = new Postings[Math.Max(1024, numbered?.Count ?? 0)];
        foreach (var term in numbered ?? [])
        {
            _byNumber[_terms] = _postings.TryGetValue(term, out var known) ? known : _postings[term] = new Postings(_terms, term, _limit);
            _terms++;
        }

        _questions = new IReadOnlyList<string>?[interviews.Count];
        _pending = [.. Enumerable.Range(0, (interviews.Count + DocsPerChunk - 1) / DocsPerChunk)
            .Select(chunk => Math.Min(DocsPerChunk, interviews.Count - (chunk * DocsPerChunk)))];
        _read = new int[_pending.Length];
    }

    /// <summary>
    /// Adds one interview, read from its text, and returns what it contributed, for the build cache. Safe to call from
    /// the threads that render pages.
    /// </summary>
    public SearchContribution Add(InterviewEntry interview, InterviewView view, Transcript transcript)
    {
        var doc = interview.Number;
        var anchors = view.Blocks.Where(b => b.Anchor is not null).Select(b => b.FirstParagraph).ToList();
        string[] questions = [.. view.Questions.Select(q => q.Text.Length > 200 ? q.Text[..200] + " …" : q.Text)];

        // Each word goes straight to its term's postings (a string is made only for a term new to the archive), and
        // the interview's masks and counts are kept per term until the interview is done. The tally is borrowed for
        // the interview: only as many are made as threads index at once, while the pool's threads come and go (each
        // tally knows every term it met: megabytes in a big archive).
        var tally = _tallies.TryTake(out var kept) ? kept : new TermTally(Find);
        tally.Start();
        void Count(string text, int exchange)
        {
            tally.InExchange(1 << Math.Min(exchange, MaxExchangeBit));
            SearchTerms.Each(text, tally.Word);
        }

        Count(interview.Title, 0);
        Count(string.Join(' ', interview.Interviewers.Concat(interview.Interviewees).Select(p => p.Name)), 0);
        Count(string.Join(' ', interview.Topics.Select(t => t.Name)), 0);
        var exchange = 0; // 0 before the first question
        foreach (var paragraph in transcript.Paragraphs)
        {
            while (exchange < anchors.Count && anchors[exchange] <= paragraph.Number)
            {
                exchange++;
            }

            Count(paragraph.Text, exchange);
        }

        var counted = tally.Take((postings, mask, count) => postings.Add(doc, mask, count));
        _tallies.Add(tally);
        Interlocked.Increment(ref _read[doc / DocsPerChunk]);
        AddQuestions(doc, questions);
        if (_kept is not null)
        {
            _reread.Add((doc, counted));
        }

        return new SearchContribution(questions, counted);
    }

    /// <summary>
    /// Adds one interview as an earlier build read it, none of its inputs changed since; safe to call from the threads
    /// that render pages. A details file of such interviews only is kept as that build wrote it. When the index is
    /// patched, the interview's terms are already in the files that build wrote: they are used only if the patch
    /// cannot be made.
    /// </summary>
    public void Add(InterviewEntry interview, SearchContribution contribution)
    {
        if (_kept is not null)
        {
            _kept[interview.Number] = contribution;
        }
        else
        {
            AddTerms(interview.Number, contribution.Terms);
        }

        AddQuestions(interview.Number, contribution.Questions);
    }

    /// <summary>Whether an unchanged interview's terms are wanted only if the patch cannot be made (see <see cref="Add(InterviewEntry, SearchContribution)"/>).</summary>
    public bool Patches => _kept is not null;

    /// <summary>Whether <see cref="Write"/> patched the earlier index rather than made it whole.</summary>
    public bool Patched { get; private set; }

    /// <summary>
    /// Every term by its number (numbered terms no longer found in the archive included), how many interviews hold
    /// each and the shard limit, for the build cache; known once the index is written.
    /// </summary>
    public IndexState State => new(
        [.. _byNumber.Take(_terms).Select(p => p.Term)],
        _counts ?? throw new InvalidOperationException("the index is not written yet"),
        _shardLimit);

    public void Write(IReadOnlyList<TopicEntry> topics, IReadOnlyList<PersonEntry> people)
    {
        var split = new List<string>();
        Patched = _kept is not null && TryPatch(split);
        if (!Patched)
        {
            WriteWhole(split); // a patch that cannot be made adds nothing to split
        }

        // Chunks whose interviews did not all come in (a page failed to render) are written as they are.
        for (var chunk = 0; chunk < _pending.Length; chunk++)
        {
            if (_pending[chunk] > 0)
            {
                WriteChunk(chunk);
            }
        }

        _sink.Write($"{Folder}/facets.js", Script("facets", "all", w =>
        {
            w.WriteStartObject();
            w.WriteNumber("docs", _interviews.Count);
            w.WriteNumber("chunk", DocsPerChunk);
            Facet(w, "topics", topics.Select(t => (t.Slug, t.Name)));
            w.StringArray("split", split);
            w.WriteEndObject();
        }));
        _sink.Write($"{Folder}/people.js", Script("people", "all", w => Facet(w, null, people.Select(p => (p.Slug, p.Name)))));
    }

    /// <summary>Writes every term shard from the postings of every interview.</summary>
    private void WriteWhole(List<string> split)
    {
        if (_kept is not null)
        {
            // The patch could not be made: the unchanged interviews' terms are read after all.
            Parallel.For(0, _kept.Length, doc =>
            {
                if (_kept[doc] is { } contribution)
                {
                    AddTerms(doc, contribution.Terms);
                }
            });
        }

        _counts = [.. _byNumber.Take(_terms).Select(p => p.Count)];
        var terms = _postings
            .Where(p => p.Value.Count > 0 && !p.Value.IsTooCommon)
            .Select(p => p.Value)
            .OrderBy(p => p.Term, StringComparer.Ordinal)
            .ToArray();
        using var shards = new ShardWriter(_sink);
        foreach (var group in terms.GroupBy(p => p.Term[..2], StringComparer.Ordinal))
        {
            Shard(group.Key, [.. group], shards, split);
        }
    }

    private void AddTerms(int doc, IReadOnlyList<TermCount> terms)
    {
        var byNumber = _byNumber;
        foreach (var (term, mask, count) in terms)
        {
            byNumber[term].Add(doc, mask, count);
        }
    }

    /// <summary>
    /// Writes the <paramref name="terms"/> that start with <paramref name="prefix"/> (in order) as one shard, or, when
    /// that shard would pass the limit, the prefix's own term alone and the others by one letter more.
    /// </summary>
    private void Shard(string prefix, Postings[] terms, ShardWriter shards, List<string> split)
    {
        // One term alone is not split: a shard of its own is as small as it gets.
        var estimate = terms.Sum(p => p.Term.Length + 4 + ((long)p.Count * PostingEstimate));
        if (estimate <= _shardLimit || prefix.Length >= LongestPrefix || terms.Length == 1)
        {
            shards.Write(prefix, terms);
            return;
        }

        split.Add(prefix);
        shards.Write(prefix, [.. terms.Where(p => p.Term.Length == prefix.Length)]); // written even when empty: a query for the prefix asks for it
        foreach (var group in terms.Where(p => p.Term.Length > prefix.Length).GroupBy(p => p.Term[..(prefix.Length + 1)], StringComparer.Ordinal))
        {
            Shard(group.Key, [.. group], shards, split);
        }
    }

    /// <summary>
    /// Writes term shards from one buffer for the text and one for the postings of a term: in a big archive a common
    /// prefix holds megabytes of postings, which would otherwise be made anew for each shard.
    /// </summary>
    private sealed class ShardWriter(IPageSink sink) : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _text = new(64 * 1024);
        private readonly Utf8JsonWriter _writer = new(Stream.Null, Json.Compact);
        private (int Doc, int Mask, int Count)[]? _sorted;

        public void Write(string prefix, Postings[] terms)
        {
            _text.ResetWrittenCount();
            _text.Write(ScriptHead("terms", prefix));
            _writer.Reset(_text);
            _writer.WriteStartObject();
            foreach (var postings in terms)
            {
                _writer.WriteStartArray(postings.Term);
                foreach (var (doc, mask, count) in postings.Sorted(ref _sorted))
                {
                    _writer.WriteNumberValue(doc);
                    _writer.WriteNumberValue(mask);
                    _writer.WriteNumberValue(count);
                }

                _writer.WriteEndArray();
            }

            _writer.WriteEndObject();
            _writer.Flush();
            _text.Write(ScriptTail);
            sink.Write($"{TermsFolder}{ShardFile.Name(prefix)}.js", _text.WrittenSpan);
        }

        public void Dispose() => _writer.Dispose();
    }

    private Postings Find(ReadOnlySpan<char> term) => _postingsOfSpan.TryGetValue(term, out var known) ? known : NewTerm(term);

    /// <summary>A term new to the index: numbered next, one at a time, so that a number always names one term.</summary>
    private Postings NewTerm(ReadOnlySpan<char> term)
    {
        lock (_newTerm)
        {
            if (_postingsOfSpan.TryGetValue(term, out var known))
            {
                return known;
            }

            if (_terms == _byNumber.Length)
            {
                var larger = new Postings[_terms * 2];
                Array.Copy(_byNumber, larger, _terms);
                _byNumber = larger; // readers holding the smaller array still find every term numbered before
            }

            var text = term.ToString();
            var postings = new Postings(_terms, text, _limit);
            _byNumber[_terms++] = postings;
            _postings[text] = postings;
            return postings;
        }
    }

    private void AddQuestions(int doc, IReadOnlyList<string> questions)
    {
        _questions[doc] = questions;
        if (Interlocked.Decrement(ref _pending[doc / DocsPerChunk]) == 0)
        {
            // The chunk's last interview is in: write its details now, so an archive's questions are never all in memory.
            WriteChunk(doc / DocsPerChunk);
        }
    }

    private void WriteChunk(int chunk)
    {
        var first = chunk * DocsPerChunk;
        var end = Math.Min(first + DocsPerChunk, _interviews.Count);
        var url = $"{Folder}/docs/{chunk}.js";
        var unchanged = _read[chunk] == 0 && _pending[chunk] == 0 && _sink.Keep(url);
        if (!unchanged)
        {
            _sink.Write(url, Script("docs", chunk.ToString(System.Globalization.CultureInfo.InvariantCulture), w =>
            {
                w.WriteStartArray();
                for (var doc = first; doc < end; doc++)
                {
                    var interview = _interviews[doc];
                    w.WriteStartObject();
                    w.WriteString("t", interview.Title);
                    w.WriteString("u", interview.Url);
                    w.WriteString("d", interview.Date.ToString());
                    w.StringArray("p", interview.Interviewees.Concat(interview.Interviewers).Select(p => p.Name));
                    w.StringArray("ps", interview.Interviewees.Concat(interview.Interviewers).Concat(interview.Mentions).Select(p => p.Slug));
                    w.StringArray("ts", interview.Topics.Select(t => t.Slug));
                    w.StringArray("q", _questions[doc] ?? []);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }));
        }

        Array.Clear(_questions, first, end - first);
    }

    /// <summary>[slug, name] pairs, as the named member of an object or, without a name, as the value itself.</summary>
    private static void Facet(Utf8JsonWriter w, string? name, IEnumerable<(string Slug, string Name)> items)
    {
        if (name is null)
        {
            w.WriteStartArray();
        }
        else
        {
            w.WriteStartArray(name);
        }

        foreach (var (slug, label) in items)
        {
            w.WriteStartArray();
            w.WriteStringValue(slug);
            w.WriteStringValue(label);
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    /// <summary>"ArchiveSearch.load('terms','fe',{…});" — JSON with &lt; and &gt; escaped, safe in a script.</summary>
    private static byte[] Script(string kind, string key, Action<Utf8JsonWriter> write) =>
        [.. ScriptHead(kind, key), .. Json.Write(write), .. ScriptTail];

    private static byte[] ScriptHead(string kind, string key) => Encoding.UTF8.GetBytes($"ArchiveSearch.load(\"{kind}\",\"{key}\",");

    private static ReadOnlySpan<byte> ScriptTail => ");\n"u8;
}
