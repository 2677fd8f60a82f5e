using System.Globalization;
using System.Security.Cryptography;
using Archive.Tests.Support;

namespace Archive.Tests;

/// <summary>The same archive gives the same bytes whatever the machine's culture: dates, numbers, order and case rules are fixed.</summary>
public class ReproducibilityTests
{
    [Fact]
    public void Output_is_byte_identical_under_german_turkish_and_invariant_cultures()
    {
        using var archive = TempArchive.OfSample()
            .AddInterview("istanbul", title: "Istanbul im Interview", date: "2021-03-04", interviewer: "Irmak Işık", interviewee: "Ina Iğdır", topics: "[Istanbul, Identität, Ölpreis]");
        var outputs = new List<Dictionary<string, string>>();
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            foreach (var name in new[] { "de-DE", "tr-TR", "" })
            {
                var culture = CultureInfo.GetCultureInfo(name);
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
                CultureInfo.DefaultThreadCurrentCulture = culture; // the pages render on pool threads
                var report = archive.Build();
                Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
                outputs.Add(Hashes(archive.Output));
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
            CultureInfo.DefaultThreadCurrentCulture = null;
        }

        Assert.Contains("people/irmak-isik/index.html", outputs[0].Keys);
        Assert.Equal(outputs[0], outputs[1]);
        Assert.Equal(outputs[0], outputs[2]);
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
