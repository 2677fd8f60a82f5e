using Archive.Reading;

namespace Archive.Tests.Reading;

public class NameTitlesTests
{
    [Theory]
    [InlineData("Prof. Dr. Ola Muster", "Ola Muster")]
    [InlineData("Dr. med. Muster", "Muster")]
    [InlineData("frau Muster", "Muster")]
    [InlineData("Mr Smith", "Smith")]
    [InlineData("Ola Muster", "Ola Muster")]
    [InlineData("Frau", "Frau")]
    [InlineData("Prof. Dr.", "Prof. Dr.")]
    [InlineData("Frauke Muster", "Frauke Muster")]
    public void Titles_before_a_name_are_left_out_and_a_label_of_titles_alone_is_kept(string label, string name)
    {
        Assert.Equal(name, NameTitles.Strip(label).ToString());
    }
}
