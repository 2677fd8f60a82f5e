using Archive.Diagnostics;
using Archive.Rendering;
using Archive.Rendering.Views;
using Archive.Tests.Support;

namespace Archive.Tests.Rendering;

public class ViewFactoryTests
{
    [Fact]
    public void Every_list_shares_one_summary_per_interview_even_when_pages_ask_at_once()
    {
        using var archive = new TempArchive()
            .AddInterview("alt", date: "2001", interviewee: "Ola Muster")
            .AddInterview("neu", date: "2020-01-02", interviewee: "Ben Probe");
        var model = archive.Model();
        var views = new ViewFactory(model, InterfaceText.Load(archive.Root, model.Config.Language, new DiagnosticBag())!);

        var asked = new InterviewSummaryView[64];
        Parallel.For(0, asked.Length, i => asked[i] = views.Summary(model.Interviews[i % 2]));

        Assert.Equal(["neu", "alt"], model.Interviews.Select(i => views.Summary(i).Slug));
        Assert.Equal(2, asked.Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.Equal("Ben Probe", Assert.Single(views.Summary(model.Interviews[0]).Interviewees).Name);
    }
}
