using Archive.Diagnostics;
using Archive.Loading;
using Archive.Tests.Support;
using CsCheck;

namespace Archive.Tests.Loading;

/// <summary>Random front matter and config always end in a result or a diagnostic, never an exception.</summary>
public class FreePageFuzzTests
{
    private static readonly Gen<string> Text = Gen.String[Gen.Char["-:{}[]\"'#&*!|>%@` \n\ttitle\u00e4"], 0, 120];

    [Fact]
    public void Random_pages_and_settings_give_a_result_or_a_diagnostic()
    {
        using var archive = new TempArchive();
        var page = archive.PathOf("content/pages/zufall.md");
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);

        Text.Sample(text =>
        {
            File.WriteAllText(page, "---\n" + text + "\n---\nText");
            File.WriteAllText(archive.PathOf("archive.yml"), text);
            var diagnostics = new DiagnosticBag();
            var content = ArchiveLoader.Load(archive.Root, diagnostics);
            Assert.True(content is not null || diagnostics.HasErrors, text);
        }, iter: 500, threads: 1);
    }
}
