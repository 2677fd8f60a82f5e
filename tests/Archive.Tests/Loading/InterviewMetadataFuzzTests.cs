using Archive.Diagnostics;
using Archive.Loading;
using Archive.Tests.Support;
using CsCheck;

namespace Archive.Tests.Loading;

/// <summary>Random and mutated metadata always ends in a result or a diagnostic, never an exception.</summary>
public class InterviewMetadataFuzzTests
{
    private const string Valid = "seed: a.txt\ntitle: \"Ein Gespräch\"\ndate: 2023-01\ninterviewer: Jana Beispiel\ninterviewee: [Ola Muster, Ben Probe]\ntopics: [Migration]\nspeakers: { MUSTER: Ola Muster }\nparagraphs:\n  2: aside\n  3: { role: answer, speaker: Ola Muster }\n";

    private static readonly Gen<string> Mutated = Gen.Int[0, Valid.Length - 1].Array[1, 8].SelectMany(positions =>
        Gen.Char["-:{}[]\"'#&*!|>%@` \n\t?,aZ0\u00e4\ufeff"].Array[positions.Length].Select(chars =>
        {
            var text = Valid.ToCharArray();
            for (var i = 0; i < positions.Length; i++)
            {
                text[positions[i]] = chars[i];
            }

            return new string(text);
        }));

    private static readonly Gen<string> Noise = Gen.String[Gen.Char["-:{}[]\"'#&*!|>%@` \n\tabc0\u00e4"], 0, 200];

    [Fact]
    public void Mutated_or_random_metadata_gives_a_result_or_a_diagnostic()
    {
        using var archive = new TempArchive().Write("seeds/a.txt", "Frage: Wie?\n\nAntwort: So.\n");
        var path = archive.PathOf("content/interviews/a.yml");

        Gen.OneOf(Mutated, Noise).Sample(text =>
        {
            var diagnostics = new DiagnosticBag();
            var result = InterviewMetadataReader.Parse(archive.Root, path, text, "de", diagnostics);
            Assert.True(result is not null || diagnostics.HasErrors, $"no result and no error for:\n{text}");
            Assert.All(diagnostics.Sorted, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1));
        }, iter: 3000);
    }
}
