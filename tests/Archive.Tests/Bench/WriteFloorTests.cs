using Archive.Bench;

namespace Archive.Tests.Bench;

public class WriteFloorTests
{
    [Fact]
    public void The_output_is_written_again_file_for_file_into_a_new_folder()
    {
        var root = Path.Combine(Path.GetTempPath(), "archive-write-floor-" + Guid.NewGuid().ToString("N"));
        var from = Path.Combine(root, "public");
        var into = Path.Combine(root, "written");
        try
        {
            var files = new Dictionary<string, byte[]>
            {
                ["index.html"] = "<!DOCTYPE html>\n<title>Archiv</title>\n"u8.ToArray(),
                [".archive-output"] = [],
                ["interviews/ernst/index.html"] = "<p>Grüße</p>"u8.ToArray(),
                ["data/interviews.json"] = new byte[200_000],
            };
            foreach (var (name, bytes) in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(from, name))!);
                File.WriteAllBytes(Path.Combine(from, name), bytes);
            }

            WriteFloor.Run(from, into);

            var written = Directory.GetFiles(into, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(into, f).Replace('\\', '/'));
            Assert.Equal(files.Keys.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
            Assert.All(files, file => Assert.Equal(file.Value, File.ReadAllBytes(Path.Combine(into, file.Key))));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
