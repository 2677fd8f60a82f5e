using Archive.Scaffolding;
using CsCheck;
using YamlDotNet.RepresentationModel;

namespace Archive.Tests.Scaffolding;

public class YamlScalarTests
{
    private static string ReadBack(string written)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader($"key: {written}   # a comment\n"));
        var mapping = (YamlMappingNode)stream.Documents[0].RootNode;
        return ((YamlScalarNode)mapping.Children[new YamlScalarNode("key")]).Value!;
    }

    [Theory]
    [InlineData("Falko Ernst")]
    [InlineData("ntv.de")]
    [InlineData("000_348f921fcf72eedc.txt")]
    [InlineData("O'Brien")]
    [InlineData("Andrés Manuel López Obrador")]
    public void Names_and_file_names_are_written_plain(string value)
    {
        Assert.Equal(value, YamlScalar.Write(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("Yes")]
    [InlineData("2023")]
    [InlineData("1e5")]
    [InlineData("a: b")]
    [InlineData("#x")]
    [InlineData("x # y")]
    [InlineData("- x")]
    [InlineData("[x, y]")]
    [InlineData(" x")]
    [InlineData("x ")]
    [InlineData("„Lächeln und Stillstand“: Falko Ernst über Bidens Besuch")]
    [InlineData("a \"b\" \\ c")]
    [InlineData("line\nbreak\r\tand tab")]
    [InlineData("\u2028\u0085\uFEFF\u0001\u007F")]
    [InlineData("Emoji 😀")]
    public void Values_yaml_would_misread_are_quoted_and_read_back_exactly(string value)
    {
        var written = YamlScalar.Write(value);

        Assert.StartsWith("\"", written, StringComparison.Ordinal);
        Assert.Equal(value, ReadBack(written));
    }

    [Fact]
    public void Any_text_reads_back_as_written()
    {
        var tricky = Gen.String[Gen.Char["-:{}[]\"'#&*!|>%@`\\ \n\r\t?,.aZ09äÖ„“\u0085\u2028\u2029\uFEFF\u00A0\u0000\u001F"], 0, 40];
        var anyCharacter = Gen.String[Gen.Char[' ', '\uD7FF'], 0, 40];

        Gen.OneOf(tricky, anyCharacter).Sample(value => Assert.Equal(value, ReadBack(YamlScalar.Write(value))), iter: 3000);
    }
}
