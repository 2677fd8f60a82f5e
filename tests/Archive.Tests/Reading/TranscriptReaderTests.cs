using Archive.Reading;
using Archive.Tests.Support;

namespace Archive.Tests.Reading;

public class TranscriptReaderTests
{
    private static readonly Cast SampleCast = new(["Janis Peitsch"], ["Falko Ernst"], "ntv.de", new Dictionary<string, string>());

    private static Transcript ReadSample() =>
        TranscriptReader.Read(File.ReadAllText(Repository.SeedPath), SeedFormat.PlainText, SampleCast, []);

    [Fact]
    public void The_sample_seed_comes_out_as_the_conversation_it_is()
    {
        var transcript = ReadSample();
        var roles = string.Concat(transcript.Paragraphs.Select(p => p.Role switch
        {
            ParagraphRole.Lead => 'L',
            ParagraphRole.Question => 'Q',
            ParagraphRole.Answer => 'A',
            ParagraphRole.Aside => 's',
            ParagraphRole.Byline => 'B',
            _ => '?',
        }));

        Assert.True(transcript.IsConversation);
        Assert.Equal("LQAsQAQAQAAQAQAQAQAQAB", roles);
        Assert.All(transcript.Paragraphs.Where(p => p.Role == ParagraphRole.Question), p => Assert.Equal("Janis Peitsch", p.Speaker));
        Assert.All(transcript.Paragraphs.Where(p => p.Role == ParagraphRole.Answer), p => Assert.Equal("Falko Ernst", p.Speaker));
        Assert.Equal(("ntv.de", 3), (transcript.Paragraphs[1].Label, transcript.Paragraphs[1].Line));
        Assert.StartsWith("Beim Staatsbesuch", transcript.Paragraphs[1].Text, StringComparison.Ordinal);
        Assert.Equal("Falko Ernst", transcript.Paragraphs[2].Label);
        Assert.EndsWith("(Foto: Falko Ernst)", transcript.Paragraphs[3].Text, StringComparison.Ordinal);
        Assert.Equal("Die US-Behörden bezeichnen die Festnahme als bedeutenden Schritt …", transcript.Paragraphs[19].Text);
        Assert.Equal(("Mit Falko Ernst sprach Janis Peitsch", 43), (transcript.Paragraphs[^1].Text, transcript.Paragraphs[^1].Line));
    }

    [Fact]
    public void Nothing_of_the_sample_is_lost_duplicated_or_reworded()
    {
        var seedParagraphs = File.ReadAllText(Repository.SeedPath)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var read = ReadSample().Paragraphs.Select(p => p.Label is null ? p.Text : $"{p.Label}: {p.Text}");

        Assert.Equal(seedParagraphs, read);
    }

    public static TheoryData<string> Cases() => [.. ReadingCase.Names()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_each_case_as_its_expected_file_says(string name)
    {
        var @case = ReadingCase.Load(name);

        var transcript = TranscriptReader.Read(@case.Input, @case.Format, @case.Cast, @case.Overrides);

        Assert.Equal(@case.Expected, ReadingCase.Describe(transcript));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Loses_no_word_of_any_case(string name)
    {
        var @case = ReadingCase.Load(name);

        var transcript = TranscriptReader.Read(@case.Input, @case.Format, @case.Cast, []);

        Assert.Equal(ReadingCase.Words(@case.Input), ReadingCase.Words(string.Join(' ', transcript.Paragraphs.Select(AsWritten))));
    }

    /// <summary>A paragraph's label and text in the seed's order: a timecode the text starts with stood before the label.</summary>
    private static string AsWritten(TranscriptParagraph paragraph)
    {
        var time = TextPatterns.TimecodeLength(paragraph.Text);
        return paragraph.Label is null || time == 0
            ? $"{paragraph.Label} {paragraph.Text}"
            : $"{paragraph.Text[..time]} {paragraph.Label} {paragraph.Text[time..]}";
    }

    [Fact]
    public void An_empty_text_has_no_paragraphs_and_a_one_line_text_one()
    {
        Assert.Empty(TranscriptReader.Read(string.Empty, SeedFormat.PlainText, SampleCast, []).Paragraphs);
        var one = TranscriptReader.Read("Nur ein Satz.", SeedFormat.PlainText, SampleCast, []);

        Assert.Equal([(ParagraphRole.Text, "Nur ein Satz.")], one.Paragraphs.Select(p => (p.Role, p.Text)));
        Assert.False(one.IsConversation);
    }
}
