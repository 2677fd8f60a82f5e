using System.Text;
using Archive.Writing;

namespace Archive.Tests.Writing;

public class Utf8TextTests
{
    [Fact]
    public void Text_in_pieces_gives_the_bytes_of_the_whole_string_even_with_a_pair_split_between_pieces()
    {
        // Three characters fill the first piece, which ends halfway through the emoji's surrogate pair.
        var text = new StringBuilder(3).Append("ab\uD83D").Append("\uDE00 Grüße, «Gespräch» ").Append('ä', 20_000);
        Assert.True(Pieces(text) > 1);

        Assert.Equal(Encoding.UTF8.GetBytes(text.ToString()), Utf8Text.Of(text).ToArray());
    }

    [Fact]
    public void A_short_text_after_a_long_one_gives_only_its_own_bytes()
    {
        Assert.Equal(60_000, Utf8Text.Of(new string('x', 30_000) + new string('ü', 15_000)).Length);

        Assert.Equal("Grüße"u8.ToArray(), Utf8Text.Of("Grüße").ToArray());
        Assert.Equal("«Gespräch»"u8.ToArray(), Utf8Text.Of(new StringBuilder("«Gespräch»")).ToArray());
    }

    [Fact]
    public void A_text_larger_than_any_kept_buffer_is_encoded_whole()
    {
        var text = new string('€', 2_000_000); // 6 MB in UTF-8

        Assert.Equal(Encoding.UTF8.GetBytes(text), Utf8Text.Of(text).ToArray());
        Assert.Equal("ok"u8.ToArray(), Utf8Text.Of("ok").ToArray());
    }

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character_as_in_a_string()
    {
        Assert.Equal(Encoding.UTF8.GetBytes("a\uD800b"), Utf8Text.Of(new StringBuilder("a\uD800b")).ToArray());
    }

    private static int Pieces(StringBuilder text)
    {
        var pieces = 0;
        foreach (var _ in text.GetChunks())
        {
            pieces++;
        }

        return pieces;
    }
}
