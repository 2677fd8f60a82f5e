using Archive.Diagnostics;
using Archive.Loading;
using Archive.Modeling;
using Archive.Tests.Support;

namespace Archive.Tests.Modeling;

public class SiteModelBuilderTests
{
    private static (SiteModel Model, IReadOnlyList<Diagnostic> Diagnostics) Build(TempArchive archive)
    {
        var diagnostics = new DiagnosticBag();
        var content = ArchiveLoader.Load(archive.Root, diagnostics)!;
        var model = SiteModelBuilder.Build(content, diagnostics);
        return (model, diagnostics.Sorted);
    }

    [Fact]
    public void Indexes_each_person_by_interviews_given_conducted_and_mentioned_newest_first()
    {
        using var archive = new TempArchive()
            .AddInterview("old", date: "2001", interviewer: "Jana Beispiel", interviewee: "Ola Muster")
            .AddInterview("new", date: "2020-01-02", interviewer: "Ola Muster", interviewee: "Ben Probe", extra: "mentions: [Jana Beispiel]\n")
            .AddInterview("mid", date: "2010-06", interviewer: "Jana Beispiel", interviewee: "Ben Probe");
        var (model, diagnostics) = Build(archive);

        Assert.Empty(diagnostics);
        Assert.Equal(["new", "mid", "old"], model.Interviews.Select(i => i.Slug));
        var jana = model.People.Single(p => p.Slug == "jana-beispiel");
        Assert.Equal(["mid", "old"], jana.Conducted.Select(i => i.Slug));
        Assert.Empty(jana.Given);
        Assert.Equal(["new"], jana.MentionedIn.Select(i => i.Slug));
        var ola = model.People.Single(p => p.Slug == "ola-muster");
        Assert.Equal(["old"], ola.Given.Select(i => i.Slug));
        Assert.Equal(["new"], ola.Conducted.Select(i => i.Slug));
    }

    [Fact]
    public void Each_interview_is_numbered_by_its_place_in_the_site_order_drafts_left_out()
    {
        using var archive = new TempArchive()
            .AddInterview("b-same-day", date: "2020-05-01")
            .AddInterview("draft", date: "2021", extra: "draft: true\n")
            .AddInterview("a-same-day", date: "2020-05-01")
            .AddInterview("newest", date: "2024");
        var diagnostics = new DiagnosticBag();
        var content = ArchiveLoader.Load(archive.Root, diagnostics)!;
        var published = content with { Interviews = [.. content.Interviews.Where(i => !i.Draft)] };

        var model = SiteModelBuilder.Build(published, diagnostics, content.Interviews);

        Assert.Equal(["newest", "a-same-day", "b-same-day"], model.Interviews.Select(i => i.Slug));
        Assert.Equal([0, 1, 2], model.Interviews.Select(i => i.Number));
    }

    [Fact]
    public void Topics_sort_with_german_collation_so_umlauts_sort_with_their_letter()
    {
        using var archive = new TempArchive()
            .AddInterview("a", topics: "[Zoll, Außenpolitik, Ölpreis, Arbeit, Ostsee, Bildung]");
        var (model, _) = Build(archive);

        Assert.Equal(["Arbeit", "Außenpolitik", "Bildung", "Ölpreis", "Ostsee", "Zoll"], model.Topics.Select(t => t.Name));
    }

    [Fact]
    public void Two_spellings_that_share_an_address_are_an_error_never_an_overwrite()
    {
        using var archive = new TempArchive()
            .AddInterview("a", interviewee: "Andrés López")
            .AddInterview("b", interviewee: "Andres Lopez", topics: "[Migration, migration]");
        var (_, diagnostics) = Build(archive);

        var person = Diagnosed.Single(diagnostics, "content/interviews/b.yml", "would share the address people/andres-lopez/");
        Assert.Contains("content/interviews/a.yml:5:14", person.Message, StringComparison.Ordinal);
        Diagnosed.Single(diagnostics, "content/interviews/b.yml", "the topic 'migration' and 'Migration'");
    }

    [Fact]
    public void A_name_typed_composed_in_one_file_and_decomposed_in_another_is_one_person()
    {
        // "López" as ó, and as o followed by a combining acute accent (as some editors save it): the same name.
        using var archive = new TempArchive()
            .AddInterview("a", interviewee: "Andrés López", topics: "[Ölpreis]")
            .AddInterview("b", interviewee: "Andre\u0301s Lo\u0301pez", topics: "[O\u0308lpreis]")
            .Write("content/people.yml", "- name: Andre\u0301s Lo\u0301pez\n  bio: Ein Politiker.\n");
        var (model, diagnostics) = Build(archive);

        Assert.Empty(diagnostics);
        var person = Assert.Single(model.People, p => p.Slug == "andres-lopez");
        Assert.Equal("Andrés López", person.Name);
        Assert.Equal(2, person.Given.Count);
        Assert.NotNull(person.Record);
        Assert.Equal("Ölpreis", Assert.Single(model.Topics).Name);
    }

    [Fact]
    public void A_name_without_a_letter_or_digit_is_an_error()
    {
        using var archive = new TempArchive().AddInterview("a", interviewee: "Ola Muster", topics: "[\"★ ★\"]");
        var (_, diagnostics) = Build(archive);

        Diagnosed.Single(diagnostics, "content/interviews/a.yml", "the topic name '★ ★' has no letters or digits to make an address from");
    }

    [Fact]
    public void A_name_in_another_script_gets_an_address_in_latin_letters()
    {
        using var archive = new TempArchive().AddInterview("a", interviewee: "Олена Петренко", topics: "[Политика, Ελλάδα]");
        var (model, diagnostics) = Build(archive);

        Assert.Empty(diagnostics);
        Assert.Contains(model.People, p => p.Slug == "olena-petrenko" && p.Name == "Олена Петренко");
        Assert.Equal(["ellada", "politika"], model.Topics.Select(t => t.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Records_nobody_uses_are_warnings_and_a_different_spelling_is_an_error()
    {
        using var archive = new TempArchive().AddInterview("a", interviewee: "Ola Muster")
            .Write("content/people.yml", "- name: Nobody Here\n- name: ola muster\n")
            .Write("content/topics.yml", "- name: Unused\n  description: x\n");
        var (_, diagnostics) = Build(archive);

        Assert.Equal(Severity.Warning, Diagnosed.Single(diagnostics, "content/people.yml", "no interview names the person 'Nobody Here'").Severity);
        Assert.Equal(Severity.Error, Diagnosed.Single(diagnostics, "content/people.yml", "is written 'Ola Muster' in the interviews").Severity);
        Assert.Equal(Severity.Warning, Diagnosed.Single(diagnostics, "content/topics.yml", "no interview names the topic 'Unused'").Severity);
    }

    [Fact]
    public void Long_lists_paginate_at_the_configured_size()
    {
        using var archive = new TempArchive(config: "title: T\nlanguage: de\npage_size: 2\n");
        for (var i = 1; i <= 5; i++)
        {
            archive.AddInterview($"i{i}", date: $"200{i}", interviewer: "Jana Beispiel", interviewee: "Ola Muster");
        }

        var (model, _) = Build(archive);
        var urls = model.Pages.Select(p => p.Url).ToHashSet();

        Assert.Contains("interviews/index.html", urls);
        Assert.Contains("interviews/page/3/index.html", urls);
        Assert.DoesNotContain("interviews/page/4/index.html", urls);
        Assert.Contains("topics/migration/page/3/index.html", urls);
        Assert.Contains("people/ola-muster/page/3/index.html", urls);
        var third = model.Pages.OfType<InterviewListPage>().Single(p => p.Pager.Links.Number == 3);
        Assert.Equal(["i1"], third.Pager.Items.Select(i => i.Slug));
        Assert.Equal("interviews/page/2/index.html", third.Pager.Links.PreviousUrl);
        Assert.Null(third.Pager.Links.NextUrl);
    }

    [Fact]
    public void Interview_pages_come_last_in_archive_order()
    {
        using var archive = new TempArchive(config: "title: T\nlanguage: de\npage_size: 2\n");
        archive.AddInterview("alt", date: "2001").AddInterview("neu", date: "2003").AddInterview("mitte", date: "2002");
        archive.Write("content/pages/about.md", "---\ntitle: Über\n---\nText\n");

        var (model, _) = Build(archive);
        var interviewPages = model.Pages.Skip(model.Pages.Count - model.Interviews.Count).ToList();

        Assert.All(interviewPages, page => Assert.IsType<InterviewPage>(page));
        Assert.Equal(["neu", "mitte", "alt"], interviewPages.Cast<InterviewPage>().Select(p => p.Interview.Slug));
        Assert.Equal(model.Interviews.Count, model.Pages.OfType<InterviewPage>().Count());
        Assert.Single(model.Pages.OfType<FreePageView>());
    }

    [Fact]
    public void Every_page_has_its_own_address()
    {
        using var archive = TempArchive.OfSample();
        var (model, _) = Build(archive);

        Assert.Equal(model.Pages.Count, model.Pages.Select(p => p.Url).Distinct().Count());
        Assert.Contains("people/falko-ernst/index.html", model.Pages.Select(p => p.Url));
        Assert.Contains("people/andres-manuel-lopez-obrador/index.html", model.Pages.Select(p => p.Url));
    }

    [Fact]
    public void A_free_page_may_not_take_a_folder_the_site_uses()
    {
        using var archive = new TempArchive().AddInterview("a").Write("content/pages/topics.md", "---\ntitle: Themen\n---\n");
        var (_, diagnostics) = Build(archive);

        Diagnosed.Single(diagnostics, "content/pages/topics.md", "may not be called 'topics'");
    }
}
