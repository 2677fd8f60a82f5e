using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Archive.Writing;

namespace Archive.Tests.Writing;

public class ContentHashTests
{
    [Theory]
    [InlineData("")]
    [InlineData("<!DOCTYPE html>")]
    [InlineData("Lächeln und Stillstand: Falko Ernst über Mexiko")]
    public void Is_the_xxhash128_of_the_content_written_as_32_hexadecimal_digits(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        var hash = ContentHash.Of(bytes);

        Assert.Equal(XxHash128.HashToUInt128(bytes).ToString("x32", CultureInfo.InvariantCulture), hash.ToString());
        var appended = new XxHash128();
        appended.Append(bytes);
        Assert.Equal(hash, ContentHash.Of(appended));
    }

    [Fact]
    public void Reads_back_what_it_wrote()
    {
        var hash = new ContentHash(0x0123456789abcdef, 0xfedcba9876543210);

        Assert.Equal("0123456789abcdeffedcba9876543210", hash.ToString());
        Assert.Equal(hash, ContentHash.Parse(hash.ToString()));
    }

    [Fact]
    public void Written_into_a_line_it_is_its_32_digits_and_needs_room_for_all_of_them()
    {
        var hash = new ContentHash(0x0123456789abcdef, 0xfedcba9876543210);
        var line = new char[40];

        Assert.True(line.AsSpan().TryWrite(CultureInfo.InvariantCulture, $"file\t{hash}", out var written));
        Assert.Equal("file\t" + hash, new string(line, 0, written));
        Assert.False(hash.TryFormat(line.AsSpan(0, 31), out _, default, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0123456789abcdef")]
    [InlineData("0123456789abcdeffedcba987654321")]
    [InlineData("0123456789abcdefXedcba9876543210")]
    public void Anything_but_32_hexadecimal_digits_is_no_hash(string text) =>
        Assert.Throws<FormatException>(() => ContentHash.Parse(text));
}
