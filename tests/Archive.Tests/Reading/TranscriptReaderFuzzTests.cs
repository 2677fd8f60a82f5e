using System.Diagnostics;
using System.Text;
using Archive.Reading;
using CsCheck;

namespace Archive.Tests.Reading;

/// <summary>Random and mutated seeds always read into paragraphs that keep every word, never an exception.</summary>
public class TranscriptReaderFuzzTests
{
    private static readonly Cast Cast = new(["Janis Peitsch"], ["Falko Ernst", "Ola Muster"], "ntv.de", new Dictionary<string, string> { ["OM"] = "Ola Muster" });

    private static readonly string[] Pieces =
    [
        "ntv.de: ", "Falko Ernst: ", "ERNST", "ERNST\n", "Frage: ", "A: ", "OM: ", "**Frage:** ", "**", "__", "?", "…", "...", " (Foto: X)",
        "Mit Falko Ernst sprach Janis Peitsch", "Zur Person: ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\t", "   ", "\uFEFF", ":", "Wort ", "Ärger ",
        "- Liste\n", "> Zitat\n", "# Titel\n", "[Link](javascript:x)", "<b>", "`code`", "\u0000", "\u00A0",
    ];

    private static readonly Gen<string> Piece = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]);

    private static readonly Gen<string> Seed = Piece.Array[0, 60].Select(string.Concat);

    [Theory]
    [InlineData(SeedFormat.PlainText)]
    [InlineData(SeedFormat.Markdown)]
    public void Any_text_reads_without_an_exception_and_keeps_its_words(SeedFormat format) =>
        Seed.Sample(text =>
        {
            var transcript = TranscriptReader.Read(text, format, Cast, [new RoleOverride(2, ParagraphRole.Aside, null)]);

            Assert.Equal(Enumerable.Range(1, transcript.Paragraphs.Count), transcript.Paragraphs.Select(p => p.Number));
            if (format == SeedFormat.PlainText)
            {
                Assert.Equal(ReadingCase.Words(text), ReadingCase.Words(string.Join(' ', transcript.Paragraphs.Select(p => $"{p.Label} {p.Text}"))));
            }
        }, iter: 2000);

    [Fact]
    public void A_ten_megabyte_seed_reads_in_bounded_time()
    {
        var builder = new StringBuilder("Ein Vorspann.\n\n");
        for (var i = 0; builder.Length < 10_000_000; i++)
        {
            builder.Append(i % 2 == 0 ? "Frage: Wie geht es weiter, Herr Ernst? " : "Ernst: Es geht weiter, Schritt für Schritt. ");
            builder.Append(new string('x', 200)).Append(i % 7 == 0 ? "\n" : "\n\n");
        }

        var watch = Stopwatch.StartNew();
        var transcript = TranscriptReader.Read(builder.ToString(), SeedFormat.PlainText, Cast, []);

        Assert.True(transcript.Paragraphs.Count > 20_000);
        // Generous on purpose: this guards against quadratic work (minutes), not a speed target.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_single_line_of_ten_megabytes_reads()
    {
        var line = string.Concat(Enumerable.Repeat("Ein sehr langer Satz ohne Ende ", 330_000));

        var transcript = TranscriptReader.Read(line, SeedFormat.PlainText, Cast, []);

        Assert.Equal(line.TrimEnd(), Assert.Single(transcript.Paragraphs).Text);
    }
}
