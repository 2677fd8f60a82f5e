using Archive.Scaffolding;

namespace Archive.Tests.Scaffolding;

public class BylineNamesTests
{
    [Theory]
    [InlineData("Mit Falko Ernst sprach Janis Peitsch", "Janis Peitsch", "Falko Ernst")]
    [InlineData("Mit Ola Muster und Bea Probe sprachen Jana Beispiel und Kai Test.", "Jana Beispiel|Kai Test", "Ola Muster|Bea Probe")]
    [InlineData("Das Gespräch führte Jana Beispiel.", "Jana Beispiel", "")]
    [InlineData("Das Interview führten Jana Beispiel, Kai Test & Lea Probe", "Jana Beispiel|Kai Test|Lea Probe", "")]
    [InlineData("Die Fragen stellte Jana Beispiel für ntv.de", "Jana Beispiel", "")]
    [InlineData("Interview: Jana Beispiel", "Jana Beispiel", "")]
    [InlineData("Interview: Jana Beispiel, ntv.de", "Jana Beispiel", "")]
    [InlineData("Das Gespräch führte Jana Beispiel, ZEIT ONLINE", "Jana Beispiel", "")]
    [InlineData("Interview by Jana Beispiel and Kai Test", "Jana Beispiel|Kai Test", "")]
    [InlineData("Interviewed by Jana Beispiel (Foto: Kai Test)", "Jana Beispiel", "")]
    [InlineData("Aufgezeichnet von Jana Beispiel", "Jana Beispiel", "")]
    [InlineData("Der Hafen im Winter", "", "")]
    public void Each_byline_form_gives_the_names_it_states(string byline, string asking, string answering)
    {
        var (interviewers, interviewees) = BylineNames.Parse(byline);

        Assert.Equal((asking, answering), (string.Join('|', interviewers), string.Join('|', interviewees)));
    }
}
