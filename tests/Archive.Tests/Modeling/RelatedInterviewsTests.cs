using Archive.Diagnostics;
using Archive.Loading;
using Archive.Modeling;
using Archive.Tests.Support;

namespace Archive.Tests.Modeling;

public class RelatedInterviewsTests
{
    [Fact]
    public void Shared_people_weigh_more_than_shared_topics_and_ties_go_to_the_newer()
    {
        using var archive = new TempArchive()
            .AddInterview("start", date: "2020", interviewee: "Ola Muster", topics: "[Migration, Grenze]")
            .AddInterview("same-person", date: "2001", interviewee: "Ola Muster", topics: "[Kunst, Grenze]")
            .AddInterview("two-topics-old", date: "2002", interviewee: "Ben Probe", topics: "[Migration, Grenze]")
            .AddInterview("two-topics-new", date: "2019", interviewee: "Kai Test", topics: "[Grenze, Migration]")
            .AddInterview("one-topic", date: "2021", interviewee: "Uta Weit", topics: "[Grenze]")
            .AddInterview("unrelated", date: "2022", interviewer: "Zoe Fern", interviewee: "Max Fremd", topics: "[Sport]");
        var model = archive.Model();

        // All but "unrelated" share the interviewer (2). same-person: + Ola (2) + Grenze (1) = 5; two-topics: 2 + 2 = 4 each, newer first; one-topic: 3.
        Assert.Equal(["same-person", "two-topics-new", "two-topics-old", "one-topic"], model.Related["start"].Select(i => i.Slug));
        Assert.Empty(model.Related["unrelated"]);
    }

    [Fact]
    public void Candidates_are_the_nearest_in_time_in_each_topic_and_person_not_the_whole_list()
    {
        using var archive = new TempArchive();
        foreach (var (slug, year) in new[] { ("a", 2024), ("b", 2023), ("c", 2022), ("d", 2021), ("e", 2020) })
        {
            archive.AddInterview(slug, date: $"{year}", interviewee: $"Person {slug}", topics: "[Grenze]");
        }

        var model = archive.Model();

        var nearest = RelatedInterviews.Find(model.Interviews, model.Topics, model.People, neighbours: 1);

        Assert.Equal(["b", "d"], nearest["c"].Select(i => i.Slug));
        Assert.Equal(["b"], nearest["a"].Select(i => i.Slug));
        Assert.Equal(["a", "b", "d", "e"], model.Related["c"].Select(i => i.Slug)); // with the default window, all of them
    }

    [Fact]
    public void Related_interviews_chosen_by_an_earlier_build_are_taken_as_they_are_when_they_fit()
    {
        using var archive = new TempArchive().AddInterview("a", topics: "[Grenze]").AddInterview("b", topics: "[Grenze]").AddInterview("c", topics: "[Sport]");
        var diagnostics = new DiagnosticBag();
        var content = ArchiveLoader.Load(archive.Root, diagnostics)!;

        var taken = SiteModelBuilder.Build(content, diagnostics, knownRelated: () => new Dictionary<string, string[]> { ["a"] = ["c"], ["b"] = [], ["c"] = ["b", "a"] });

        Assert.Equal(["c"], taken.Related["a"].Select(i => i.Slug));
        Assert.Equal(["b", "a"], taken.Related["c"].Select(i => i.Slug));
    }

    [Theory]
    [InlineData("an interview missing")]
    [InlineData("a slug no interview has")]
    public void Related_interviews_of_an_earlier_build_that_do_not_fit_are_chosen_again(string misfit)
    {
        using var archive = new TempArchive().AddInterview("a", topics: "[Grenze]").AddInterview("b", topics: "[Grenze]");
        var diagnostics = new DiagnosticBag();
        var content = ArchiveLoader.Load(archive.Root, diagnostics)!;
        var known = misfit == "an interview missing"
            ? new Dictionary<string, string[]> { ["a"] = [] }
            : new Dictionary<string, string[]> { ["a"] = ["gone"], ["b"] = [] };

        var model = SiteModelBuilder.Build(content, diagnostics, knownRelated: () => known);

        Assert.Equal(["b"], model.Related["a"].Select(i => i.Slug));
        Assert.Equal(["a"], model.Related["b"].Select(i => i.Slug));
    }
}
