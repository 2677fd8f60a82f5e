using Archive.Modeling;

namespace Archive.Tests.Modeling;

public class CollationTests
{
    [Fact]
    public void German_order_is_the_same_whatever_the_current_culture()
    {
        string[] names = ["Zander", "Ähre", "Apfel", "äsen", "Bär"];
        var expected = new[] { "Ähre", "Apfel", "äsen", "Bär", "Zander" };

        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "tr-TR", "en-US", "" })
            {
                System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
                Assert.Equal(expected, names.Order(Collation.For("de")));
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
