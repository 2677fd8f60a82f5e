using System.Globalization;
using Archive.Modeling;

namespace Archive.Tests.Modeling;

public class SlugTests
{
    [Theory]
    [InlineData("López Obrador", "lopez-obrador")]
    [InlineData("Organisierte Kriminalität", "organisierte-kriminalitaet")]
    [InlineData("Außenpolitik", "aussenpolitik")]
    [InlineData("Überwachung & Öffentlichkeit", "ueberwachung-oeffentlichkeit")]
    [InlineData("  Falko   Ernst ", "falko-ernst")]
    [InlineData("ntv.de", "ntv-de")]
    [InlineData("Ovidio Guzmán", "ovidio-guzman")]
    [InlineData("Søren Kierkegaard", "soren-kierkegaard")]
    [InlineData("Łódź", "lodz")]
    [InlineData("O'Neill", "oneill")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("\"El Chapo\"", "el-chapo")]
    [InlineData("★ ☆", "")]
    public void Makes_german_aware_ascii_slugs(string text, string slug) => Assert.Equal(slug, Slug.From(text));

    [Theory]
    [InlineData("Олена Петренко", "olena-petrenko")]
    [InlineData("Ivan Петров", "ivan-petrov")]
    [InlineData("Ελλάδα", "ellada")]
    [InlineData("Юлия Жукова", "yuliya-zhukova")]
    [InlineData("毛泽东", "maozedong")]
    [InlineData("محمد", "mhmd")]
    [InlineData("Straße in Москва", "strasse-in-moskva")]
    public void Writes_other_scripts_in_latin_letters(string text, string slug) => Assert.Equal(slug, Slug.From(text));

    [Fact]
    public void Does_not_depend_on_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            Assert.Equal("istanbul-interview", Slug.From("ISTANBUL Interview"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("falko-ernst", true)]
    [InlineData("2023-interview", true)]
    [InlineData("Falko-Ernst", false)]
    [InlineData("falko--ernst", false)]
    [InlineData("-falko", false)]
    [InlineData("falko ernst", false)]
    [InlineData("", false)]
    public void Knows_a_valid_slug(string text, bool valid) => Assert.Equal(valid, Slug.IsValid(text));
}
