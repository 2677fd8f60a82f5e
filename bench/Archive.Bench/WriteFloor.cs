using System.Diagnostics;

namespace Archive.Bench;

/// <summary>
/// What writing an output costs this disk and no more: its files, read into memory first (not timed), written into a
/// new folder on every core, each with one open, one write and one close, as the tool writes its pages. The copy
/// floor the targets name, cp -r, also reads every file and writes on one core, and takes this disk about twice as
/// long: how close a build comes to this floor tells whether the CPU or the disk holds it back. Measured inside the
/// benchmark's own process, so without a peak memory of its own.
/// </summary>
internal static class WriteFloor
{
    public static Measurement Run(string from, string into)
    {
        var files = Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => (Path: Path.GetRelativePath(from, file), Bytes: File.ReadAllBytes(file)))
            .ToArray();
        Measurement.SettleDisk();

        var process = Process.GetCurrentProcess();
        var (user, system) = (process.UserProcessorTime, process.PrivilegedProcessorTime);
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            var path = Path.Combine(into, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, file.Bytes, 0);
        });
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return new Measurement(wall, (process.UserProcessorTime - user).TotalSeconds, (process.PrivilegedProcessorTime - system).TotalSeconds, 0);
    }
}
