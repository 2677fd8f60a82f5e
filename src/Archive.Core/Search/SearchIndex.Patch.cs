namespace Archive.Search;

/// <summary>How an incremental build patches the index the last build wrote instead of making it whole.</summary>
public sealed partial class SearchIndex
{
    /// <summary>
    /// Patches the earlier index: makes again only the shards of the two-letter prefixes holding a term whose postings
    /// changed (an interview read again gives it another mask or count, gains it or loses it), each from the files the
    /// earlier build wrote for that prefix without the interviews read again, and with what they give now. Every other
    /// shard is kept. False, with nothing kept or written, when that cannot be done: an interview read again that the
    /// earlier build did not record, an earlier file no longer as it was written, or a term that was left out as too
    /// common and no longer is (its postings were never written).
    /// </summary>
    private bool TryPatch(List<string> split)
    {
        if (Changes() is not { } changes)
        {
            return false;
        }

        var (counts, reread, changed) = changes;
        if (reread.Count + _kept!.Count(c => c is not null) != _interviews.Count || _sink.PreviousFiles(TermsFolder) is not { } previous)
        {
            return false;
        }

        var filesOf = previous
            .GroupBy(url => ShardPrefix(url)[..2], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var changedOf = changed
            .Select(term => _byNumber[term].Term)
            .GroupBy(term => term[..2], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var remade = new List<(string Prefix, Postings[] Terms)>();
        foreach (var prefix in changedOf.Keys.Order(StringComparer.Ordinal))
        {
            if (Remade(filesOf.GetValueOrDefault(prefix) ?? [], changedOf[prefix], counts, reread) is not { } terms)
            {
                return false;
            }

            remade.Add((prefix, terms));
        }

        // From here on nothing fails: the prefixes that did not change keep their files, the others are made again.
        foreach (var (prefix, urls) in filesOf)
        {
            if (!changedOf.ContainsKey(prefix))
            {
                foreach (var url in urls)
                {
                    _sink.Keep(url);
                    if (ShardPrefix(url) is { Length: > 2 } further)
                    {
                        split.Add(further[..^1]);
                    }
                }
            }
        }

        using (var shards = new ShardWriter(_sink))
        {
            foreach (var (prefix, terms) in remade.Where(r => r.Terms.Length > 0))
            {
                Shard(prefix, terms, shards, split);
            }
        }

        // The order a whole index lists them in: each two-letter prefix in turn, a split prefix before its parts.
        var distinct = split.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        split.Clear();
        split.AddRange(distinct);
        _counts = counts;
        return true;
    }

    /// <summary>
    /// What the interviews read again change: each term's count of interviews now, the interviews read again, and the
    /// terms whose postings changed. Null when one of them is not in the earlier index's record.
    /// </summary>
    private (int[] Counts, HashSet<int> Reread, HashSet<int> Changed)? Changes()
    {
        var earlierCounts = _earlier!.State.Counts;
        var counts = new int[_terms];
        for (var i = 0; i < earlierCounts.Count; i++)
        {
            counts[i] = earlierCounts[i];
        }

        var reread = new HashSet<int>();
        var changed = new HashSet<int>();
        foreach (var (doc, now) in _reread)
        {
            if (_earlier.TermsOf(_interviews[doc].Slug) is not { } before)
            {
                return null;
            }

            reread.Add(doc);
            var was = new Dictionary<int, (int Mask, int Count)>(before.Count);
            foreach (var (term, mask, count) in before)
            {
                was[term] = (mask, count);
                counts[term]--;
            }

            foreach (var (term, mask, count) in now)
            {
                counts[term]++;
                if (!was.Remove(term, out var then) || then != (mask, count))
                {
                    changed.Add(term);
                }
            }

            changed.UnionWith(was.Keys); // no longer in the interview
        }

        return (counts, reread, changed);
    }

    /// <summary>
    /// The terms of one two-letter prefix as they are now, in order: those the prefix's earlier <paramref name="files"/>
    /// list, without the interviews read again, and the <paramref name="changed"/> ones, with what those interviews give
    /// now. Null when the earlier files are not the index the cache describes, or a term left out as too common is rare
    /// enough again (its postings were never written).
    /// </summary>
    private Postings[]? Remade(string[] files, string[] changed, int[] counts, HashSet<int> reread)
    {
        var earlierCounts = _earlier!.State.Counts;
        var listed = new Dictionary<string, List<(int Doc, int Mask, int Count)>>(StringComparer.Ordinal);
        foreach (var url in files)
        {
            if (_sink.ReadPrevious(url) is not { } bytes || !ShardReader.TryRead(bytes, listed))
            {
                return null;
            }
        }

        var terms = new List<Postings>();
        foreach (var term in listed.Keys.Union(changed))
        {
            if (!_postings.TryGetValue(term, out var now))
            {
                return null; // a term the earlier build did not number
            }

            var id = now.Id;
            var before = id < earlierCounts.Count ? earlierCounts[id] : 0;
            var wasListed = listed.TryGetValue(term, out var postings);
            if (wasListed != (before > 0 && before <= _limit) || (wasListed && postings!.Count != before))
            {
                return null; // the earlier files are not the index the cache describes
            }

            if (counts[id] == 0 || counts[id] > _limit)
            {
                continue;
            }

            if (before > _limit)
            {
                return null; // rare enough again, but its postings were left out
            }

            var merged = new Postings(id, term, _limit);
            foreach (var (doc, mask, count) in postings ?? [])
            {
                if (!reread.Contains(doc))
                {
                    merged.Add(doc, mask, count);
                }
            }

            (int Doc, int Mask, int Count)[]? buffer = null;
            if (now.Count > 0)
            {
                foreach (var (doc, mask, count) in now.Sorted(ref buffer))
                {
                    merged.Add(doc, mask, count);
                }
            }

            terms.Add(merged);
        }

        return [.. terms.OrderBy(p => p.Term, StringComparer.Ordinal)];
    }

    /// <summary>"fe" of "search/terms/fe.js", "пе" of "search/terms/x43f-435.js".</summary>
    private static string ShardPrefix(string url) => ShardFile.Prefix(url[TermsFolder.Length..^".js".Length]);
}
