using System.Diagnostics;
using Archive.Tests.Support;
using Archive.Writing;

namespace Archive.Tests.Writing;

public class FileLinksTests
{
    /// <summary>Gives <paramref name="file"/> a second name, as a deploy folder of hard links (<c>cp -al</c>) does.</summary>
    internal static void HardLink(string file, string link)
    {
        using var ln = Process.Start("ln", [file, link]);
        ln.WaitForExit();
        Assert.Equal(0, ln.ExitCode);
    }

    [Fact]
    public void A_file_has_one_name_until_it_is_linked_under_another()
    {
        using var archive = new TempArchive();
        var file = archive.PathOf("data.json");
        File.WriteAllText(file, "[]");

        Assert.Equal(1u, FileLinks.Of(file)?.Names);
        HardLink(file, archive.PathOf("deploy.json"));
        Assert.Equal(2u, FileLinks.Of(file)?.Names);
        Assert.Equal(2u, FileLinks.Of(archive.PathOf("deploy.json"))?.Names);
    }

    [Fact]
    public void Files_of_one_folder_are_on_one_device_and_the_system_s_own_files_on_another()
    {
        using var archive = new TempArchive();
        File.WriteAllText(archive.PathOf("a.json"), "[]");

        var device = FileLinks.Of(archive.PathOf("a.json"))?.Device;

        Assert.NotNull(device);
        Assert.Equal(device, FileLinks.Of(archive.Root)?.Device);
        Assert.NotEqual(device, FileLinks.Of("/proc/self")?.Device);
    }

    [Fact]
    public void A_missing_file_gives_no_answer()
    {
        using var archive = new TempArchive();

        Assert.Null(FileLinks.Of(archive.PathOf("missing.json")));
    }
}
