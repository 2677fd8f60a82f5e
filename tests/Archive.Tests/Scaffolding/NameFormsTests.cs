using Archive.Scaffolding;

namespace Archive.Tests.Scaffolding;

public class NameFormsTests
{
    [Theory]
    [InlineData("Falko Ernst", true)]
    [InlineData("ERNST", true)]
    [InlineData("Ursula von der Leyen", true)]
    [InlineData("Hans-Peter Müller-Lüdenscheidt", true)]
    [InlineData("Zur Person", false)]
    [InlineData("Anmerkung der Redaktion", false)]
    [InlineData("von Leyen", false)]
    [InlineData("Eins Zwei Drei Vier Fünf Sechs", false)]
    [InlineData("10", false)]
    public void A_name_is_one_to_five_capitalised_words_with_particles_between(string text, bool isName)
    {
        Assert.Equal(isName, NameForms.LooksLikeName(text));
    }

    [Fact]
    public void A_name_in_capitals_is_written_as_the_text_writes_it_elsewhere()
    {
        Assert.Equal("Ernst", NameForms.ProperCase("ERNST", "Ein Gespräch mit Falko Ernst. ERNST: Ja."));
        Assert.Equal("Müller-Lüdenscheidt", NameForms.ProperCase("MÜLLER-LÜDENSCHEIDT", "MÜLLER-LÜDENSCHEIDT: Ja."));
        Assert.Equal("McDonald", NameForms.ProperCase("McDonald", "whatever"));
    }

    [Fact]
    public void A_surname_stands_for_the_full_name_the_text_writes_most_often_skipping_titles()
    {
        const string text = "Experte Falko Ernst sagt, Herr Ernst sei skeptisch. Falko Ernst lacht. Anna Ernst schweigt.";

        Assert.Equal("Falko Ernst", NameForms.FullNameFor("ERNST", text));
        Assert.Null(NameForms.FullNameFor("Probe", text));
    }

    [Fact]
    public void Initials_are_the_capitals_of_a_names_words()
    {
        Assert.Equal("BP", NameForms.Initials("Ben Probe"));
        Assert.Equal("UL", NameForms.Initials("Ursula von der Leyen"));
    }
}
