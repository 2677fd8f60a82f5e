using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Tests.Support;

namespace Archive.Tests.Search;

/// <summary>The index files the search page loads, read back from a real build of the sample archive.</summary>
public class SearchIndexTests
{
    private static JsonElement Load(string output, string file)
    {
        var script = File.ReadAllText(Path.Combine(output, "search", file));
        var json = Regex.Match(script, @"^ArchiveSearch\.load\(""\w+"",""[^""]+"",(.*)\);\n$", RegexOptions.Singleline).Groups[1].Value;
        return JsonDocument.Parse(json).RootElement;
    }

    [Fact]
    public void A_term_points_to_the_interview_and_the_exchanges_that_hold_it()
    {
        using var archive = TempArchive.OfSample();
        archive.Build();

        var postings = Load(archive.Output, "terms/fe.js").GetProperty("fentanyl").EnumerateArray().Select(e => e.GetInt32()).ToArray();

        Assert.Equal(0, postings[0]);                 // the only interview
        Assert.Equal(1 | (1 << 6) | (1 << 8), postings[1]); // the lead and the exchanges of questions 6 and 8
        Assert.Equal(3, postings[2]);                       // three times
        var lopez = Load(archive.Output, "terms/lo.js").GetProperty("lopez").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.True((lopez[1] & (1 << 1)) != 0, "López is named in the first question");
        Assert.True(Load(archive.Output, "terms/fu.js").TryGetProperty("fur", out _), "für is found as fur too");
    }

    [Fact]
    public void Interview_details_carry_what_a_result_shows()
    {
        using var archive = TempArchive.OfSample();
        archive.Build();

        var doc = Load(archive.Output, "docs/0.js")[0];

        Assert.Equal("interviews/falko-ernst-laecheln-und-stillstand/index.html", doc.GetProperty("u").GetString());
        Assert.Equal("2023-01", doc.GetProperty("d").GetString());
        Assert.Equal(9, doc.GetProperty("q").GetArrayLength());
        Assert.Contains("mexiko", doc.GetProperty("ts").EnumerateArray().Select(t => t.GetString()));
        var facets = Load(archive.Output, "facets.js");
        Assert.Equal(1, facets.GetProperty("docs").GetInt32());
        Assert.Equal(0, facets.GetProperty("split").GetArrayLength()); // a small archive's shards are all of two letters
        Assert.Equal(6, Load(archive.Output, "people.js").GetArrayLength()); // 2 in conversation, 4 mentioned
    }

    [Fact]
    public void A_prefix_whose_shard_would_pass_the_limit_is_split_by_one_letter_more()
    {
        using var archive = TempArchive.OfSample();
        ArchiveBuild.Run(new BuildOptions(archive.Root, archive.Output) { SearchShardLimit = 64 });

        var split = Load(archive.Output, "facets.js").GetProperty("split").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        var shards = Directory.EnumerateFiles(Path.Combine(archive.Output, "search", "terms"))
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => Load(archive.Output, "terms/" + Path.GetFileName(f)).EnumerateObject().Select(t => t.Name).ToList());

        Assert.Contains("fe", split);
        Assert.Contains("fentanyl", shards[ShardOf("fentanyl", split)]);
        Assert.DoesNotContain("fentanyl", shards["fe"]);
        Assert.All(shards, shard => Assert.All(shard.Value, term => Assert.Equal(shard.Key, ShardOf(term, split))));
        Assert.Equal(shards.Values.Sum(terms => terms.Count), shards.Values.SelectMany(terms => terms).Distinct().Count()); // each term in one shard
        Assert.True(shards.Where(s => !split.Contains(s.Key)).All(s => s.Value.Count > 0), "only a split prefix's own shard may be empty");
    }

    [Fact]
    public void Splitting_stops_at_a_single_term_and_at_six_letters()
    {
        using var archive = TempArchive.OfSample();
        ArchiveBuild.Run(new BuildOptions(archive.Root, archive.Output) { SearchShardLimit = 1 }); // every shard is too large

        var split = Load(archive.Output, "facets.js").GetProperty("split").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        var shards = Directory.EnumerateFiles(Path.Combine(archive.Output, "search", "terms"))
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => Load(archive.Output, "terms/" + Path.GetFileName(f)).EnumerateObject().Count());

        Assert.All(split, prefix => Assert.InRange(prefix.Length, 2, 5));
        Assert.All(shards.Where(s => split.Contains(s.Key)), s => Assert.InRange(s.Value, 0, 1)); // the prefix's own term, if any
        Assert.All(shards.Where(s => !split.Contains(s.Key)), s => Assert.True(s.Value == 1 || s.Key.Length == 6, $"{s.Key}: {s.Value} terms"));
        Assert.Contains(shards, s => s.Key.Length == 2 && !split.Contains(s.Key)); // a prefix with one term keeps two letters
    }

    /// <summary>The shard search.js asks for: the first two letters, one more while that prefix is split and the term is longer.</summary>
    private static string ShardOf(string term, HashSet<string> split)
    {
        var key = term[..2];
        while (term.Length > key.Length && split.Contains(key))
        {
            key = term[..(key.Length + 1)];
        }

        return key;
    }

    [Fact]
    public void Hostile_text_in_the_index_cannot_close_its_script()
    {
        using var archive = new TempArchive().AddInterview("x", title: "</script><script>alert(1)</script>");
        archive.Build();

        foreach (var file in Directory.EnumerateFiles(Path.Combine(archive.Output, "search"), "*.js", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("<", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_term_in_more_than_half_of_the_interviews_is_left_out_and_one_in_half_is_kept()
    {
        using var archive = new TempArchive();
        string[] words = ["kaktus banane karte", "kaktus banane", "kaktus", "nichts"];
        for (var i = 0; i < words.Length; i++)
        {
            archive.AddInterview($"g{i}", seed: $"Ein Vorspann.\n\nFrage: Was noch?\n\nAntwort: {words[i]}.\n");
        }

        archive.Build();

        var ka = Load(archive.Output, "terms/ka.js");
        Assert.True(ka.TryGetProperty("karte", out _));
        Assert.False(ka.TryGetProperty("kaktus", out _), "kaktus is in three of four interviews");
        Assert.Equal(2, Load(archive.Output, "terms/ba.js").GetProperty("banane").GetArrayLength() / 3);
    }

    public static TheoryData<string, bool> PatchEdits => new()
    {
        { "new words", true },
        { "new words in another script", true },
        { "a listed word in more than half", true },
        { "a word gone from an interview", true },
        { "a seed saved again unchanged", true },
        { "a title", true },
        { "a word left out as too common in half again", false },
        { "a shard changed by hand", false },
        { "a template", false },
    };

    [Theory]
    [MemberData(nameof(PatchEdits))]
    public void A_patched_index_is_the_index_a_clean_build_makes(string edit, bool patched)
    {
        using var archive = new TempArchive(config: PublishedArchive.Config);
        for (var i = 0; i < Fruit.Length; i++)
        {
            // xylophon, the only term of its prefix, goes with an edit; the Cyrillic words' shards have names of their own
            var own = i switch { 7 => "mango xylophon", 6 => "melone москва мост", _ => Fruit[i] };
            archive.AddInterview($"g{i}", title: $"Gespräch über {Fruit[i]}", date: $"2020-0{i + 1}", seed: FruitSeed(i, own, listed: i < 4, common: i < 5));
        }

        var options = new BuildOptions(archive.Root, archive.Output) { SearchShardLimit = 20 };
        Assert.True(ArchiveBuild.Run(options).Succeeded);

        EditForPatch(archive, edit);
        var incremental = ArchiveBuild.Run(options);
        var clean = ArchiveBuild.Run(options with { Output = archive.PathOf("clean"), Clean = true });

        Assert.True(incremental.Succeeded && clean.Succeeded, string.Join('\n', incremental.Diagnostics.Concat(clean.Diagnostics)));
        Assert.Equal(patched, incremental.SearchIndexPatched);
        Assert.NotEqual(0, Load(archive.PathOf("clean"), "facets.js").GetProperty("split").GetArrayLength()); // split shards are patched too
        Assert.Equal(edit != "a word gone from an interview", File.Exists(Path.Combine(archive.Output, "search", "terms", "xy.js")));
        var expected = archive.Snapshot(archive.PathOf("clean"));
        var actual = archive.Snapshot();
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, file => Assert.True(file.Value.Bytes.SequenceEqual(actual[file.Key].Bytes), $"{file.Key} differs after '{edit}'"));

        // The build after a patch starts from what the patch left.
        archive.Write("seeds/g1.txt", FruitSeed(1, "birne pflaume", listed: true, common: true));
        var next = ArchiveBuild.Run(options);
        ArchiveBuild.Run(options with { Output = archive.PathOf("clean"), Clean = true });
        Assert.True(next.SearchIndexPatched);
        Assert.All(archive.Snapshot(archive.PathOf("clean")), file => Assert.True(file.Value.Bytes.SequenceEqual(archive.Snapshot()[file.Key].Bytes), file.Key));
    }

    /// <summary>A word of its own for each interview (and its title), two by two with the same first letters: their shards are split.</summary>
    private static readonly string[] Fruit = ["apfel", "aprikose", "birne", "birke", "kirsche", "kiwi", "melone", "mango"];

    /// <summary>
    /// An interview's seed: its own word, "haeufig" when <paramref name="listed"/> (in four of eight interviews: half,
    /// so listed) and "gemeinsam" when <paramref name="common"/> (in five: left out).
    /// </summary>
    private static string FruitSeed(int i, string own, bool listed, bool common) =>
        $"Ein Vorspann über {own}.\n\nFrage: Was sagen Sie zu {own}{(listed ? " haeufig" : "")}?\n\n" +
        $"Antwort: Nummer {i}{(common ? " gemeinsam" : "")}, fragend.\n\nMit Ola Muster sprach Jana Beispiel\n";

    private static void EditForPatch(TempArchive archive, string edit)
    {
        switch (edit)
        {
            case "new words":
                File.AppendAllText(archive.PathOf("seeds/g5.txt"), "\nFrage: Und Fentanyl?\n\nAntwort: Ein neues Wort.\n");
                break;
            case "new words in another script":
                File.AppendAllText(archive.PathOf("seeds/g5.txt"), "\nFrage: Und die Москва?\n\nAntwort: Ein Мост.\n");
                break;
            case "a listed word in more than half":
                archive.Write("seeds/g6.txt", FruitSeed(6, Fruit[6], listed: true, common: false));
                break;
            case "a word gone from an interview":
                archive.Write("seeds/g7.txt", FruitSeed(7, Fruit[7], listed: false, common: false));
                break;
            case "a seed saved again unchanged":
                File.SetLastWriteTimeUtc(archive.PathOf("seeds/g2.txt"), File.GetLastWriteTimeUtc(archive.PathOf("seeds/g2.txt")).AddMinutes(1));
                break;
            case "a title":
                archive.AddInterview("g3", title: "Gespräch über Birken", date: "2020-04", seed: FruitSeed(3, Fruit[3], listed: true, common: true));
                break;
            case "a word left out as too common in half again":
                archive.Write("seeds/g4.txt", FruitSeed(4, Fruit[4], listed: false, common: false));
                break;
            case "a shard changed by hand":
                File.AppendAllText(Path.Combine(archive.Output, "search", "terms", "ap.js"), "\n");
                File.AppendAllText(archive.PathOf("seeds/g5.txt"), "\nFrage: Und Fentanyl?\n\nAntwort: Ein neues Wort.\n");
                break;
            case "a template":
                var layout = archive.PathOf("templates/layout.html");
                File.WriteAllText(layout, File.ReadAllText(layout).Replace("<footer class=\"site-footer\">", "<footer class=\"site-footer\"><p>Geändert</p>", StringComparison.Ordinal));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(edit), edit, "no such edit");
        }
    }
}
