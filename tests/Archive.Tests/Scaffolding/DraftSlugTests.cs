using Archive.Scaffolding;

namespace Archive.Tests.Scaffolding;

public class DraftSlugTests
{
    private static readonly HashSet<string> None = [];

    [Fact]
    public void The_address_is_the_interviewees_name_and_four_title_words_without_common_ones()
    {
        Assert.Equal("falko-ernst-laecheln-stillstand-bidens-besuch",
            DraftSlug.From(["Falko Ernst"], "„Lächeln und Stillstand“: Falko Ernst über Bidens Besuch in Mexiko", "a.txt", None));
    }

    [Fact]
    public void Without_a_name_or_title_the_seeds_file_name_gives_the_address()
    {
        Assert.Equal("000-348f921fcf72eedc", DraftSlug.From([], null, "000_348f921fcf72eedc.txt", None));
        Assert.Equal("interview", DraftSlug.From([], null, "___.txt", None));
    }

    [Fact]
    public void A_taken_address_gets_the_next_free_number()
    {
        Assert.Equal("ola-muster-3", DraftSlug.From(["Ola Muster"], "", "a.txt", new HashSet<string> { "ola-muster", "ola-muster-2" }));
    }
}
