using System.Text;
using Archive.Publishing;

namespace Archive.Tests.Publishing;

public class JsonTests
{
    [Fact]
    public void A_text_written_inside_another_comes_out_whole_and_leaves_the_outer_one_whole()
    {
        string? inner = null;
        var outer = Json.WriteString(w =>
        {
            w.WriteStartObject();
            w.WriteString("before", "eins");
            inner = Json.WriteString(x => x.WriteStringValue("innen"));
            w.WriteString("after", "zwei");
            w.WriteEndObject();
        });

        Assert.Equal("\"innen\"", inner);
        Assert.Equal("""{"before":"eins","after":"zwei"}""", outer);
    }

    [Fact]
    public void Texts_written_one_after_another_share_nothing()
    {
        var first = Json.Write(w => w.WriteStringValue(new string('x', 5000)));
        var second = Json.Write(w => w.WriteNumberValue(1));
        var indented = Json.WriteString(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("n", 2);
            w.WriteEndObject();
        }, indented: true);
        var compact = Json.WriteString(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("n", 2);
            w.WriteEndObject();
        });

        Assert.Equal(5002, first.Length);
        Assert.Equal("1", Encoding.UTF8.GetString(second));
        Assert.Equal("{\n  \"n\": 2\n}", indented.ReplaceLineEndings("\n"));
        Assert.Equal("""{"n":2}""", compact);
    }

    [Fact]
    public void A_text_whose_writing_failed_leaves_nothing_behind_for_the_next()
    {
        Assert.Throws<InvalidOperationException>(() => Json.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("half", "written");
            throw new InvalidOperationException("stopped");
        }));

        Assert.Equal("[]", Json.WriteString(w =>
        {
            w.WriteStartArray();
            w.WriteEndArray();
        }));
    }

    [Fact]
    public void Characters_html_cares_about_are_escaped_and_letters_stay_readable()
    {
        Assert.Equal("\"\\u003C/script\\u003E Grüße \\u0026 Ελληνικά\"", Json.WriteString(w => w.WriteStringValue("</script> Grüße & Ελληνικά")));
    }
}
