using Archive.Diagnostics;
using Archive.Publishing;
using Archive.Search;
using Archive.Tests.Support;
using Archive.Writing;

namespace Archive.Tests.Writing;

public class InterviewCacheTests
{
    private static readonly string[] Terms = ["wie", "geht", "gespräch"];

    private static readonly SearchContribution Contribution = new(
        ["Wie geht es?", "Und dann …"],
        [new TermCount(0, 2, 1), new TermCount(1, 2, 3), new TermCount(2, 1 << 30, 70_000)]);

    private static readonly Diagnostic[] Warnings =
        [new(Severity.Warning, new SourceLocation("seeds/erstes.txt", 3, 14), "no questions and answers recognised")];

    [Fact]
    public void What_an_interview_gave_one_build_comes_back_in_the_builds_after_it()
    {
        using var archive = new TempArchive();
        var files = FirstBuild(archive, ("erstes", Contribution, Warnings), ("zweites", new SearchContribution([], [new TermCount(0, 1, 1)]), []));

        using (var second = InterviewCache.Open(CachePath(archive), archive.Output, files))
        {
            Assert.NotNull(second.Reuse("erstes"));
            Assert.NotNull(second.Reuse("zweites"));
            Assert.Equal(Terms, second.EarlierTerms);
            second.Commit(["erstes", "zweites"], Placed("erstes", "zweites"), State([.. Terms, "neu"]));
        }

        using var third = InterviewCache.Open(CachePath(archive), archive.Output, files);
        var cached = third.Reuse("erstes");

        Assert.NotNull(cached);
        Assert.Equal(Contribution.Questions, cached.Search.Questions);
        Assert.Equal(Contribution.Terms, cached.Search.Terms);
        Assert.Equal(Warnings, cached.Diagnostics);
        Assert.Equal(Placed("erstes", "zweites")["erstes"], cached.Document);
        Assert.Equal([new TermCount(0, 1, 1)], third.Reuse("zweites")!.Search.Terms);
        Assert.Equal([.. Terms, "neu"], third.EarlierTerms);
    }

    [Fact]
    public void After_an_edit_the_next_build_finds_the_changed_interview_and_the_unchanged_ones()
    {
        using var archive = new TempArchive();
        var files = FirstBuild(archive, ("erstes", Contribution, Warnings), ("zweites", new SearchContribution(["Warum?"], [new TermCount(0, 1, 1)]), []));
        var edited = new SearchContribution(["Wie geht es jetzt?"], [new TermCount(1, 2, 4)]);

        using (var second = InterviewCache.Open(CachePath(archive), archive.Output, files))
        {
            Assert.NotNull(second.Reuse("zweites"));
            second.Remember("erstes", edited, []);
            second.Commit(["erstes", "zweites"], Placed("erstes", "zweites"), State(Terms));
        }

        using var third = InterviewCache.Open(CachePath(archive), archive.Output, files);
        var erstes = third.Reuse("erstes");
        var zweites = third.Reuse("zweites");

        Assert.NotNull(erstes);
        Assert.Equal(edited.Questions, erstes.Search.Questions);
        Assert.Equal(edited.Terms, erstes.Search.Terms);
        Assert.Empty(erstes.Diagnostics);
        Assert.NotNull(zweites);
        Assert.Equal(["Warum?"], zweites.Search.Questions);
        Assert.Equal([new TermCount(0, 1, 1)], zweites.Search.Terms);
    }

    [Fact]
    public void What_edits_leave_behind_is_dropped_before_it_outgrows_what_is_in_use()
    {
        using var archive = new TempArchive();
        var files = FirstBuild(archive, ("erstes", Contribution, Warnings), ("zweites", Contribution, Warnings));
        var compact = new FileInfo(CachePath(archive)).Length;

        for (var edit = 0; edit < 12; edit++)
        {
            using var next = InterviewCache.Open(CachePath(archive), archive.Output, files);
            Assert.NotNull(next.Reuse("zweites"));
            next.Remember("erstes", Contribution, Warnings);
            next.Commit(["erstes", "zweites"], Placed("erstes", "zweites"), State(Terms));

            // Kept as long as what is left behind is at most what is in use: an edit leaves an entry behind each time.
            Assert.InRange(new FileInfo(CachePath(archive)).Length, compact, 3 * compact);
        }

        using var last = InterviewCache.Open(CachePath(archive), archive.Output, files);
        Assert.Equal(Contribution.Terms, last.Reuse("erstes")!.Search.Terms);
        Assert.Equal(Contribution.Questions, last.Reuse("zweites")!.Search.Questions);
    }

    [Fact]
    public void An_interview_whose_document_was_not_published_is_left_out()
    {
        using var archive = new TempArchive();
        var files = FirstBuild(archive, ("erstes", Contribution, Warnings));

        using var next = InterviewCache.Open(CachePath(archive), archive.Output, files);

        Assert.Null(next.Reuse("zweites"));
    }

    [Fact]
    public void An_entry_naming_a_term_the_cache_does_not_number_is_not_used()
    {
        using var archive = new TempArchive();
        var files = FirstBuild(archive, ("erstes", new SearchContribution([], [new TermCount(Terms.Length, 1, 1)]), []));

        using var next = InterviewCache.Open(CachePath(archive), archive.Output, files);

        Assert.Null(next.Reuse("erstes"));
    }

    [Fact]
    public void A_data_file_changed_since_the_cache_was_written_makes_the_cache_unusable()
    {
        using var archive = new TempArchive();
        var files = FirstBuild(archive, ("erstes", Contribution, Warnings));
        File.AppendAllText(archive.PathOf("public/" + OpenData.CombinedFile), "\n");

        using var next = InterviewCache.Open(CachePath(archive), archive.Output, files);

        Assert.Null(next.EarlierOpenData);
        Assert.Null(next.Reuse("erstes"));
    }

    [Fact]
    public void A_cache_that_was_not_committed_leaves_the_earlier_one_in_place()
    {
        using var archive = new TempArchive();
        var files = FirstBuild(archive, ("erstes", Contribution, Warnings));
        var before = File.ReadAllBytes(CachePath(archive));

        using (var failed = InterviewCache.Open(CachePath(archive), archive.Output, files))
        {
            failed.Remember("zweites", Contribution, []);
        }

        Assert.Equal(before, File.ReadAllBytes(CachePath(archive)));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(CachePath(archive))!));
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("cut short")]
    [InlineData("footer out of place")]
    [InlineData("entry altered")]
    public void A_damaged_cache_only_costs_reading_the_seeds_again(string damage)
    {
        using var archive = new TempArchive();
        var files = FirstBuild(archive, ("erstes", Contribution, Warnings));
        var bytes = File.ReadAllBytes(CachePath(archive));
        File.WriteAllBytes(CachePath(archive), damage switch
        {
            "empty" => [],
            "cut short" => bytes[..(bytes.Length / 2)],
            "entry altered" => [.. bytes[..40], (byte)(bytes[40] ^ 1), .. bytes[41..]],
            _ => [.. bytes[..^sizeof(long)], .. BitConverter.GetBytes((long)bytes.Length * 2)],
        });

        using var next = InterviewCache.Open(CachePath(archive), archive.Output, files);

        Assert.Null(next.Reuse("erstes"));
    }

    [Fact]
    public void The_search_index_state_comes_back_and_is_patchable_only_for_the_same_interviews_in_the_same_order()
    {
        using var archive = new TempArchive();
        var files = FirstBuild(archive, ("erstes", Contribution, Warnings), ("zweites", new SearchContribution([], [new TermCount(0, 1, 1)]), []));

        using var next = InterviewCache.Open(CachePath(archive), archive.Output, files);
        var same = next.EarlierSearch(["erstes", "zweites"], sameSite: true);

        Assert.NotNull(same);
        Assert.True(same.Patchable);
        Assert.Equal(Terms, same.State.Terms);
        Assert.Equal([1, 2, 3], same.State.Counts);
        Assert.Equal(SearchIndex.DefaultShardLimit, same.State.ShardLimit);
        Assert.Equal(Contribution.Terms, same.TermsOf("erstes"));
        Assert.Null(same.TermsOf("drittes"));
        Assert.False(next.EarlierSearch(["zweites", "erstes"], sameSite: true)!.Patchable);
        Assert.False(next.EarlierSearch(["erstes", "zweites", "drittes"], sameSite: true)!.Patchable);
        Assert.False(next.EarlierSearch(["erstes", "zweites"], sameSite: false)!.Patchable);
    }

    [Fact]
    public void An_unchanged_entry_without_warnings_is_read_only_when_its_terms_are_wanted()
    {
        using var archive = new TempArchive();
        var files = FirstBuild(archive, ("erstes", Contribution, Warnings), ("zweites", Contribution, []));
        var bytes = File.ReadAllBytes(CachePath(archive));
        var entry = bytes.AsSpan().IndexOf("Wie geht es?"u8) + 2; // inside the second entry, zweites
        entry += bytes.AsSpan(entry).IndexOf("Wie geht es?"u8);
        File.WriteAllBytes(CachePath(archive), [.. bytes[..entry], (byte)(bytes[entry] ^ 1), .. bytes[(entry + 1)..]]);

        using var next = InterviewCache.Open(CachePath(archive), archive.Output, files);
        var later = next.Reuse("zweites", termsLater: true);
        var withWarnings = next.Reuse("erstes", termsLater: true);

        Assert.NotNull(later); // not read yet, so not found damaged yet
        var error = Assert.Throws<IOException>(() => later.Search.Terms.Count);
        Assert.Contains("--clean", error.Message, StringComparison.Ordinal);
        Assert.NotNull(withWarnings);
        Assert.Equal(Warnings, withWarnings.Diagnostics); // its warnings are given now
        Assert.Null(next.Reuse("zweites")); // read now: found damaged, so its seed is read again
    }

    private static string CachePath(TempArchive archive) => archive.PathOf(".archive-cache/test.interviews");

    /// <summary>A build from scratch that read the given interviews and published a data file holding each.</summary>
    private static Dictionary<string, OutputFile> FirstBuild(TempArchive archive, params (string Slug, SearchContribution Search, Diagnostic[] Found)[] interviews)
    {
        using (var cache = InterviewCache.Open(CachePath(archive), archive.Output, null))
        {
            foreach (var (slug, search, found) in interviews)
            {
                cache.Remember(slug, search, found);
            }

            cache.Commit([.. interviews.Select(i => i.Slug)], Placed([.. interviews.Select(i => i.Slug)]), State(Terms));
        }

        var data = archive.Write("public/" + OpenData.CombinedFile, "[\n{}\n]\n").PathOf("public/" + OpenData.CombinedFile);
        return new Dictionary<string, OutputFile> { [OpenData.CombinedFile] = OutputFile.Of(data, new ContentHash(0, 1)) };
    }

    /// <summary>An index's state with the given terms, the first held by one interview, the second by two, and so on.</summary>
    private static IndexState State(string[] terms) => new(terms, [.. terms.Select((_, i) => i + 1)], SearchIndex.DefaultShardLimit);

    private static Dictionary<string, DocumentPlace> Placed(params string[] slugs) =>
        slugs.Select((slug, n) => (slug, n)).ToDictionary(p => p.slug, p => new DocumentPlace(2 + (p.n * 3), 2));
}
