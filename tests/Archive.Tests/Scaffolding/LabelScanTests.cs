using Archive.Scaffolding;

namespace Archive.Tests.Scaffolding;

public class LabelScanTests
{
    [Theory]
    [InlineData("Frage", "Asking")]
    [InlineData("q", "Asking")]
    [InlineData("Antwort", "Answering")]
    [InlineData("ntv.de", "Outlet")]
    [InlineData("Spiegel.de", "Outlet")]
    [InlineData("ZEIT ONLINE", "Outlet")]
    [InlineData("stern", "Outlet")]
    [InlineData("Stern", "Name")]
    [InlineData("SZ", "Initials")]
    [InlineData("Falko Ernst", "Name")]
    [InlineData("ERNST", "Name")]
    [InlineData("10", null)]
    [InlineData("Die Linke", null)]
    public void Each_kind_of_label_is_told_apart(string label, string? kind)
    {
        Assert.Equal(kind, LabelScan.Classify(label)?.ToString());
    }

    [Fact]
    public void A_time_an_address_with_a_port_and_a_mixed_case_heading_are_no_labels()
    {
        var (labels, _) = LabelScan.Scan(["Um 10:30 begann es.", "ntv.de:8080 war erreichbar.", "Falko Ernst\nEin Porträt."]);

        Assert.Empty(labels);
    }

    [Fact]
    public void Labels_are_counted_with_their_questions_and_whether_they_stand_alone()
    {
        var (labels, questions) = LabelScan.Scan(["FRAGE\nWie geht es?", "ERNST", "Gut.", "**Frage:** Und sonst?", "Ernst: Auch gut."]);

        Assert.Equal(
            [new LabelUse("FRAGE", LabelKind.Asking, 2, 2, true), new LabelUse("ERNST", LabelKind.Name, 2, 0, true)],
            labels);
        Assert.Equal(["Wie geht es?", "Und sonst?"], questions);
    }
}
