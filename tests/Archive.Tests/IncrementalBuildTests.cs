using Archive.Tests.Support;
using Archive.Writing;

namespace Archive.Tests;

/// <summary>
/// Rebuilding after an edit: only what changed is rendered and written, everything else keeps its bytes and
/// modification time, and the result is exactly what a build from scratch gives.
/// </summary>
public class IncrementalBuildTests
{
    private static TempArchive ThreeInterviews() =>
        new TempArchive(config: PublishedArchive.Config)
            .AddInterview("erstes", title: "Erstes Gespräch", date: "2019-01", topics: "[Migration, Arbeit]")
            .AddInterview("zweites", title: "Zweites Gespräch", date: "2020-02", interviewee: "Kim Probe", topics: "[Migration]")
            .AddInterview("drittes", title: "Drittes Gespräch", date: "2021-03", interviewer: "Lu Test", topics: "[Arbeit]")
            .Write("content/people.yml", "- name: Kim Probe\n  bio: Eine Person zum Testen.\n")
            .Write("content/topics.yml", "- name: Arbeit\n  description: Über *Arbeit*.\n");

    [Fact]
    public void After_one_seed_changes_only_its_page_and_the_files_holding_its_text_are_rewritten()
    {
        using var archive = ThreeInterviews();
        Assert.True(archive.Build().Succeeded);
        var before = archive.Snapshot();

        AppendToSeed(archive, "zweites", "\nFrage: Und Fentanyl?\n\nAntwort: Ein neues Wort.\n");
        var report = archive.Build();
        var after = archive.Snapshot();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Equal(1, report.PagesRendered);
        Assert.Contains("search/terms/fe.js", after.Keys.Except(before.Keys)); // new words get new shards, nothing else is new
        Assert.All(after.Keys.Except(before.Keys), f => Assert.StartsWith("search/terms/", f, StringComparison.Ordinal));
        Assert.Empty(before.Keys.Except(after.Keys));
        var rewritten = after.Where(f => !before.ContainsKey(f.Key) || f.Value.Modified != before[f.Key].Modified).Select(f => f.Key).ToHashSet();
        var changed = after.Where(f => !before.ContainsKey(f.Key) || !f.Value.Bytes.SequenceEqual(before[f.Key].Bytes)).Select(f => f.Key).ToHashSet();
        Assert.Equal(changed.Order(), rewritten.Order());
        Assert.Contains("interviews/zweites/index.html", changed);
        Assert.Contains("data/interviews.json", changed);
        Assert.Contains(changed, f => f.StartsWith("search/terms/", StringComparison.Ordinal));
        Assert.DoesNotContain("interviews/erstes/index.html", changed);
        Assert.DoesNotContain("topics/migration/index.html", changed);
        Assert.Equal(report.FilesWritten, changed.Count);
        Assert.Equal(after.Count - changed.Count, report.FilesKept);
    }

    public static TheoryData<string> Edits => new()
    {
        "seed", "metadata title", "new interview", "removed interview", "template", "interface text", "person record",
        "topic description", "free page", "settings", "stylesheet",
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_incremental_build_gives_the_same_output_as_a_clean_build(string edit)
    {
        using var archive = ThreeInterviews();
        Assert.True(archive.Build().Succeeded);

        Edit(archive, edit);
        var incremental = archive.Build();
        var clean = archive.BuildClean(archive.PathOf("clean"));

        Assert.True(incremental.Succeeded && clean.Succeeded, string.Join('\n', incremental.Diagnostics.Concat(clean.Diagnostics)));
        var expected = archive.Snapshot(archive.PathOf("clean"));
        var actual = archive.Snapshot();
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, file => Assert.True(file.Value.Bytes.SequenceEqual(actual[file.Key].Bytes), $"{file.Key} differs after '{edit}'"));
        Assert.False(Directory.Exists(archive.PathOf("public/interviews/drittes")) && edit == "removed interview");
    }

    [Fact]
    public void Without_any_change_nothing_is_rendered_or_written()
    {
        using var archive = ThreeInterviews();
        archive.Build();
        var before = archive.Snapshot();

        var report = archive.Build();

        Assert.Equal((0, 0), (report.PagesRendered, report.FilesWritten));
        Assert.Equal(before.Select(f => (f.Key, f.Value.Modified)).Order(), archive.Snapshot().Select(f => (f.Key, f.Value.Modified)).Order());
    }

    [Fact]
    public void Warnings_about_a_seed_that_did_not_change_are_given_by_every_build()
    {
        using var archive = ThreeInterviews().AddInterview("ohne-fragen", seed: "Nur ein Text.\n\nOhne Fragen.\n");
        var first = archive.Build();

        AppendToSeed(archive, "erstes", "\nFrage: Noch etwas?\n\nAntwort: Ja.\n");
        var next = archive.Build();

        Assert.Equal(1, next.PagesRendered);
        Assert.Contains(first.Diagnostics, d => d.Location.Path == "seeds/ohne-fragen.txt");
        Assert.Equal(first.Diagnostics, next.Diagnostics);
    }

    [Fact]
    public void A_damaged_interview_cache_gives_the_same_output_as_a_clean_build()
    {
        using var archive = ThreeInterviews();
        archive.Build();
        var cache = BuildCache.InterviewsPath(BuildCache.ManifestPath(archive.Root, archive.Output));
        var bytes = File.ReadAllBytes(cache);
        File.WriteAllBytes(cache, [.. bytes[..^20], .. new byte[20]]);

        AppendToSeed(archive, "erstes", "\nFrage: Noch etwas?\n\nAntwort: Ja.\n");
        Assert.True(archive.Build().Succeeded);
        archive.BuildClean(archive.PathOf("clean"));

        var expected = archive.Snapshot(archive.PathOf("clean"));
        var actual = archive.Snapshot();
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, file => Assert.Equal(file.Value.Bytes, actual[file.Key].Bytes));
    }

    [Fact]
    public void A_failed_incremental_build_leaves_the_output_exactly_as_it_was()
    {
        using var archive = ThreeInterviews();
        archive.Build();
        var before = archive.Snapshot();
        AppendToSeed(archive, "erstes", "\nNeuer Absatz.\n");
        archive.Write("content/interviews/drittes.yml", "seed: drittes.txt\ntitle: [kaputt\n");

        var report = archive.Build();

        Assert.False(report.Succeeded);
        var after = archive.Snapshot();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, f => Assert.Equal(f.Value.Modified, after[f.Key].Modified));
        Assert.False(Directory.Exists(archive.PathOf(".public.staging")));
    }

    [Fact]
    public void A_file_changed_or_deleted_in_the_output_by_hand_is_written_again()
    {
        using var archive = ThreeInterviews();
        archive.Build();
        var expected = archive.Snapshot();
        File.Delete(archive.PathOf("public/topics/arbeit/index.html"));
        File.AppendAllText(archive.PathOf("public/interviews/erstes/index.html"), "<!-- edited -->");

        archive.Build();

        var actual = archive.Snapshot();
        Assert.Equal(expected["topics/arbeit/index.html"].Bytes, actual["topics/arbeit/index.html"].Bytes);
        Assert.Equal(expected["interviews/erstes/index.html"].Bytes, actual["interviews/erstes/index.html"].Bytes);
    }

    [Fact]
    public void Clean_ignores_the_cache_and_renders_every_page()
    {
        using var archive = ThreeInterviews();
        var first = archive.Build();

        var clean = archive.BuildClean(archive.Output);

        Assert.Equal(first.PagesRendered, clean.PagesRendered);
        Assert.Equal(0, clean.FilesKept);
    }

    [Fact]
    public void A_build_stopped_while_moving_files_into_place_is_followed_by_a_clean_build()
    {
        using var archive = ThreeInterviews();
        var first = archive.Build();
        File.WriteAllText(BuildCache.CommitJournal(BuildCache.ManifestPath(archive.Root, archive.Output)), "");

        var next = archive.Build();

        Assert.Equal(first.PagesRendered, next.PagesRendered);
        Assert.False(File.Exists(BuildCache.CommitJournal(BuildCache.ManifestPath(archive.Root, archive.Output))));
    }

    [Fact]
    public void An_output_replaced_by_another_build_since_the_manifest_was_written_is_built_from_scratch()
    {
        using var archive = ThreeInterviews();
        archive.Build();
        var manifest = BuildCache.ManifestPath(archive.Root, archive.Output);
        var older = File.ReadAllBytes(manifest);
        archive.AddInterview("viertes", title: "Viertes Gespräch");
        archive.BuildClean(archive.Output); // say, from another copy of the archive
        File.WriteAllBytes(manifest, older);
        File.Delete(archive.PathOf("content/interviews/viertes.yml"));

        var report = archive.Build();

        Assert.Equal(0, report.FilesKept);
        Assert.False(Directory.Exists(archive.PathOf("public/interviews/viertes")));
    }

    [Fact]
    public void The_cache_lives_in_the_archive_folder_outside_the_output()
    {
        using var archive = ThreeInterviews();
        archive.Build();

        var manifest = BuildCache.ManifestPath(archive.Root, archive.Output);

        Assert.True(File.Exists(manifest));
        Assert.StartsWith(archive.PathOf(BuildCache.Folder), manifest, StringComparison.Ordinal);
        Assert.DoesNotContain(archive.Snapshot().Keys, f => f.Contains("manifest", StringComparison.Ordinal));
    }

    private static void AppendToSeed(TempArchive archive, string slug, string text) =>
        File.AppendAllText(archive.PathOf($"seeds/{slug}.txt"), text);

    private static void Edit(TempArchive archive, string edit)
    {
        switch (edit)
        {
            case "seed":
                AppendToSeed(archive, "erstes", "\nFrage: Noch etwas?\n\nAntwort: Ja.\n");
                break;
            case "metadata title":
                Replace(archive, "content/interviews/zweites.yml", "Zweites Gespräch", "Das zweite Gespräch");
                break;
            case "new interview":
                archive.AddInterview("viertes", title: "Viertes Gespräch", date: "2022-04", topics: "[Arbeit, Neues Thema]");
                break;
            case "removed interview":
                File.Delete(archive.PathOf("content/interviews/drittes.yml"));
                break;
            case "template":
                Replace(archive, "templates/layout.html", "<footer class=\"site-footer\">", "<footer class=\"site-footer\"><p>Geändert</p>");
                break;
            case "interface text":
                File.AppendAllText(archive.PathOf("templates/i18n/de.yml"), "\n# ein Kommentar, der nichts ändert\n");
                Replace(archive, "templates/i18n/de.yml", "skip_to_content: ", "skip_to_content: Direkt ");
                break;
            case "person record":
                archive.Write("content/people.yml", "- name: Kim Probe\n  bio: Eine andere Beschreibung.\n- name: Lu Test\n  affiliation: Testhaus\n");
                break;
            case "topic description":
                archive.Write("content/topics.yml", "- name: Arbeit\n  description: Über **Arbeit** und mehr.\n");
                break;
            case "free page":
                archive.Write("content/pages/impressum.md", "---\ntitle: Impressum\n---\nWer das Archiv führt.\n");
                break;
            case "settings":
                Replace(archive, "archive.yml", "title: Testarchiv", "title: Anderes Archiv");
                break;
            case "stylesheet":
                File.AppendAllText(archive.PathOf("templates/assets/style.css"), "\n.extra { color: #333; }\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(edit), edit, "no such edit");
        }
    }

    private static void Replace(TempArchive archive, string file, string from, string to)
    {
        var text = File.ReadAllText(archive.PathOf(file));
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(archive.PathOf(file), text.Replace(from, to, StringComparison.Ordinal));
    }
}
