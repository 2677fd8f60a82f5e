using System.Text;
using Archive.Loading;

namespace Archive.Tests.Loading;

public class EncodedReaderTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(16_384)]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    public void Reads_integers_as_the_binary_writer_wrote_them(int value)
    {
        var bytes = Written(w => w.Write7BitEncodedInt(value));

        var reader = new EncodedReader(bytes);

        Assert.Equal(value, reader.Read7BitEncodedInt());
    }

    [Theory]
    [InlineData("")]
    [InlineData("Falko Ernst")]
    [InlineData("Andrés Manuel López Obrador")]
    [InlineData("Grüße aus 🇲🇽")]
    public void Reads_strings_bytes_and_booleans_as_the_binary_writer_wrote_them(string text)
    {
        var longText = string.Concat(Enumerable.Repeat(text + " Überlänge", 40));
        var bytes = Written(w =>
        {
            w.Write(text);
            w.Write((byte)7);
            w.Write(true);
            w.Write(false);
            w.Write(longText);
        });

        var reader = new EncodedReader(bytes);

        Assert.Equal(text, reader.ReadString());
        Assert.Equal(7, reader.ReadByte());
        Assert.True(reader.ReadBoolean());
        Assert.False(reader.ReadBoolean());
        Assert.Equal(longText, reader.ReadString());
    }

    [Fact]
    public void A_pooled_string_is_the_pools_own_instance_short_or_long()
    {
        var pool = new NamePool();
        var name = pool.Of(new string("Jana Beispiel".AsSpan()));
        var longName = pool.Of(new string('x', 300));
        var bytes = Written(w =>
        {
            w.Write("Jana Beispiel");
            w.Write(new string('x', 300));
            w.Write("Ola Muster");
        });

        var reader = new EncodedReader(bytes);

        Assert.Same(name, reader.ReadString(pool));
        Assert.Same(longName, reader.ReadString(pool));
        var added = reader.ReadString(pool);
        Assert.Equal("Ola Muster", added);
        Assert.Same(added, pool.Of("Ola Muster"));
    }

    [Fact]
    public void A_number_longer_than_five_bytes_is_refused()
    {
        var reader = new EncodedReader(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x80, 0x01 });

        try
        {
            reader.Read7BitEncodedInt();
            Assert.Fail("a six-byte number was read");
        }
        catch (FormatException)
        {
        }
    }

    [Theory]
    [InlineData("a byte")]
    [InlineData("a string's text")]
    [InlineData("a number's next byte")]
    public void Bytes_that_end_before_a_field_are_refused(string field)
    {
        byte[] bytes = field switch
        {
            "a byte" => [],
            "a string's text" => [5, (byte)'F', (byte)'a'],
            _ => [0x80],
        };
        var reader = new EncodedReader(bytes);

        try
        {
            switch (field)
            {
                case "a byte":
                    reader.ReadByte();
                    break;
                case "a string's text":
                    reader.ReadString();
                    break;
                default:
                    reader.Read7BitEncodedInt();
                    break;
            }

            Assert.Fail($"{field} was read past the end");
        }
        catch (FormatException)
        {
        }
    }

    [Fact]
    public void Reading_to_the_last_byte_is_at_the_end()
    {
        var reader = new EncodedReader(Written(w => w.Write("Ola")));

        Assert.False(reader.AtEnd);
        reader.ReadString();
        Assert.True(reader.AtEnd);
    }

    private static byte[] Written(Action<BinaryWriter> write)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return bytes.ToArray();
    }
}
