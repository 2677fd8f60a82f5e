using Archive.Modeling;
using Archive.Tests.Support;

namespace Archive.Tests.Modeling;

public class InterviewEntryTests
{
    [Fact]
    public void A_name_of_the_interviews_people_gets_the_address_resolved_for_that_person()
    {
        using var archive = new TempArchive().AddInterview("gespraech", interviewer: "Jana Beispiel", interviewee: "Ola Muster");
        var entry = archive.Model().Interviews.Single();
        var resolvedElsewhere = entry with { Interviewers = [new PersonRef("Jana Beispiel", "jana-beispiel-2", "people/jana-beispiel-2/index.html")] };

        Assert.Equal("ola-muster", entry.SlugOf("Ola Muster"));
        Assert.Equal("jana-beispiel", entry.SlugOf("Jana Beispiel"));
        Assert.Equal("jana-beispiel-2", resolvedElsewhere.SlugOf("Jana Beispiel"));
    }

    [Fact]
    public void A_name_outside_the_interviews_people_is_made_into_an_address()
    {
        using var archive = new TempArchive().AddInterview("gespraech", interviewee: "Ola Muster");
        var entry = archive.Model().Interviews.Single();

        Assert.Equal("jose-lopez", entry.SlugOf("José López"));
    }
}
