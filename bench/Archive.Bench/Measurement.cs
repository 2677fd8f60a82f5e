using System.Diagnostics;
using System.Globalization;

namespace Archive.Bench;

/// <summary>
/// One timed run of a command as its own process: wall time, CPU time in the program itself (user) and in the kernel
/// for it (system), and peak memory, read by GNU time. The two kinds of CPU are kept apart since on this machine the
/// kernel's share, not the program's, moves most between runs of the same build.
/// </summary>
internal sealed record Measurement(double WallSeconds, double UserSeconds, double SystemSeconds, long PeakKilobytes)
{
    public double CpuSeconds => UserSeconds + SystemSeconds;

    /// <summary>For a median: the wall time of each run it was taken from, in the order they ran.</summary>
    public IReadOnlyList<double> RunWallSeconds { get; init; } = [WallSeconds];

    public const string Time = "/usr/bin/time";

    /// <remarks>
    /// Each run starts with the disk settled: what earlier runs wrote is flushed first (sync, not timed). Otherwise a
    /// run is timed while the kernel writes back the gigabytes the runs before it left in memory, and which run that
    /// slows depends on its place in the order: the copy floor, measured after three full builds, took 2.7–2.9 s
    /// instead of the 1.2–1.3 s it takes on a settled disk. An editor's next build, too, comes after the kernel has
    /// had its half minute to write back.
    /// </remarks>
    public static Measurement Run(string command, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        SettleDisk();

        var report = Path.GetTempFileName();
        var start = new ProcessStartInfo(Time) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-f", "%e %U %S %M", "-o", report, command }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} failed ({process.ExitCode}):\n{output.Result}\n{error}");
        }

        var fields = File.ReadAllText(report).Trim().Split('\n')[^1].Split(' ');
        File.Delete(report);
        double Number(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture);
        return new Measurement(Number(0), Number(1), Number(2), long.Parse(fields[3], CultureInfo.InvariantCulture));
    }

    /// <summary>Flushes what earlier runs left in memory to the disk (see <see cref="Run"/>).</summary>
    public static void SettleDisk()
    {
        using var sync = Process.Start("sync")!;
        sync.WaitForExit();
    }

    /// <summary>The median of each figure over several runs: the machine is shared and its disk is noisy.</summary>
    public static Measurement Median(IReadOnlyList<Measurement> runs)
    {
        static double Middle(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        return new Measurement(
            Middle(runs.Select(r => r.WallSeconds)),
            Middle(runs.Select(r => r.UserSeconds)),
            Middle(runs.Select(r => r.SystemSeconds)),
            (long)Middle(runs.Select(r => (double)r.PeakKilobytes)))
        {
            RunWallSeconds = [.. runs.Select(r => r.WallSeconds)],
        };
    }
}
