using System.Diagnostics;
using System.Globalization;

namespace Archive.Bench;

/// <summary>
/// Measures the archive tool against Hugo and against the disk: generates a corpus per size, builds it with the tool
/// published with its Standalone profile (compiled ahead of time), as a separate process, with Hugo when asked, and
/// copies the tool's output with cp -r (the floor the targets name) and writes it again from memory on every core
/// (what writing those files alone costs here). Prints medians side by side.
/// Usage: see <see cref="BenchOptions.Usage"/>.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var (options, error) = BenchOptions.Parse(args);
        if (options is null)
        {
            (error is null ? Console.Out : Console.Error).WriteLine(error is null ? BenchOptions.Usage : $"error: {error}\n\n{BenchOptions.Usage}");
            return error is null ? 0 : 2;
        }

        var (sizes, runs, withHugo, keep) = options;
        if (!File.Exists(Measurement.Time))
        {
            Console.Error.WriteLine("The benchmark reads time and memory with GNU time: apt-get install time");
            return 2;
        }

        if (withHugo && !OnPath("hugo"))
        {
            Console.Error.WriteLine("--hugo needs Hugo on the PATH: apt-get install hugo");
            return 2;
        }

        if (options.Caution is { } caution)
        {
            Console.Error.WriteLine($"note: {caution}");
        }

        var repository = RepositoryRoot();
        var work = Path.Combine(Path.GetTempPath(), "archive-bench");
        Directory.CreateDirectory(work);
        var tool = Publish(repository, Path.Combine(work, "tool"));
        Console.WriteLine($"tool: Standalone publish of src/Archive (Native AOT); {runs} runs each, medians; {Environment.ProcessorCount} cores");

        // The editor's loop builds again and again: one run first, not measured, so that the runs that count find the
        // tool and the runtime in the file cache, as they are in that loop.
        Measurement BuildSample() => Measurement.Run(tool, ["build", "--clean", "--source", repository, "--output", Path.Combine(work, "sample-site")]);
        BuildSample();
        var sample = Measurement.Median([.. Enumerable.Range(0, runs).Select(_ => BuildSample())]);
        Console.WriteLine($"sample archive (1 interview): {sample.WallSeconds:F2} s wall, {sample.PeakKilobytes / 1024} MB peak");
        Console.WriteLine();
        Console.WriteLine($"{"interviews",10} {"what",-12} {"wall s",8} {"cpu s",8} {"user s",8} {"sys s",8} {"peak MB",8} {"pages",8} {"pages/s",9} {"seed MB/s",10}   wall s of each run");

        // Nothing is deleted while anything is measured: on this machine's disk (ext4 without a journal) creating files
        // within minutes of deleting many makes the kernel scan past every recently freed inode, which slowed whatever
        // ran next (a full build of 10,000 by about 10% after the 1,000 run's folders went). What an earlier run left
        // is moved aside (a rename frees nothing) and goes with this run's folders once every size is measured.
        var done = Directory.EnumerateDirectories(work, "*.old-*").ToList(); // set aside by a run that was stopped
        foreach (var size in sizes)
        {
            var folder = Path.Combine(work, size.ToString(CultureInfo.InvariantCulture));
            if (Directory.Exists(folder))
            {
                var aside = Path.Combine(work, $"{size}.old-{Guid.NewGuid():N}");
                Directory.Move(folder, aside);
                done.Add(aside);
            }

            var site = Path.Combine(folder, "archive");
            HugoSite[] hugoSites = withHugo
                ? [new HugoSite(Path.Combine(folder, "hugo"), HugoLayouts.Equivalent), new HugoSite(Path.Combine(folder, "hugo-bare"), HugoLayouts.Bare)]
                : [];
            var seedBytes = new CorpusGenerator(new CorpusSpec(size)).Write(site, Path.Combine(repository, "templates"), interview =>
            {
                foreach (var hugoSite in hugoSites)
                {
                    hugoSite.Add(interview);
                }
            });
            // Every full build starts from scratch (--clean: no cache of an earlier run is used), so each run does the
            // same work and one run of 100,000 compares with the median of 10,000.
            var (ours, output) = Repeat(runs, Path.Combine(folder, "public"), o => Measurement.Run(tool, ["build", "--clean", "--source", site, "--output", o]));
            var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count();
            Row(size, "archive", ours, pages, seedBytes);
            SearchBudget(output);

            // The editor's loop: one seed changes, the next build updates the output left by the last one.
            var edited = Directory.EnumerateFiles(Path.Combine(site, "seeds")).Order(StringComparer.Ordinal).First();
            var incremental = Measurement.Median([.. Enumerable.Range(0, runs).Select(run =>
            {
                File.AppendAllText(edited, $"\nFrage: Noch eine Frage, die {run}.?\n\nAntwort: Eine Antwort mehr.\n");
                return Measurement.Run(tool, ["build", "--source", site, "--output", output]);
            })]);
            Row(size, "incremental", incremental, 1, seedBytes);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"",10} after one seed changed: {incremental.WallSeconds / ours.WallSeconds:F2}× the full build (target ≤ 0.10)"));

            var (floor, _) = Repeat(runs, Path.Combine(folder, "copy"), copy => Measurement.Run("cp", ["-r", output, copy]));
            Row(size, "cp -r floor", floor, pages, seedBytes);
            var (written, _) = Repeat(runs, Path.Combine(folder, "written"), copy => WriteFloor.Run(output, copy));
            Row(size, "write floor", written, pages, seedBytes);

            if (withHugo)
            {
                var (hugo, hugoOut, hugoPages) = RunHugo(hugoSites[0], runs, size, seedBytes);
                var (bare, _, _) = RunHugo(hugoSites[1], runs, size, seedBytes);
                var (hugoWritten, _) = Repeat(runs, Path.Combine(folder, "hugo-written"), copy => WriteFloor.Run(hugoOut, copy));
                Row(size, "hugo write", hugoWritten, hugoPages, seedBytes);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{"",10} ratios: time {ours.WallSeconds / hugo.WallSeconds:F2}× Hugo (target ≤ 0.20), memory {(double)ours.PeakKilobytes / hugo.PeakKilobytes:F2}× Hugo (≤ 0.33), {ours.WallSeconds / floor.WallSeconds:F2}× the copy floor (≤ 2.5)"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{"",10} against Hugo's bare layouts (no list of questions, no related interviews, the text unstructured): time {ours.WallSeconds / bare.WallSeconds:F2}×, memory {(double)ours.PeakKilobytes / bare.PeakKilobytes:F2}×"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{"",10} writing alone: the tool's output {written.WallSeconds / hugo.WallSeconds:F2}× Hugo's build, Hugo's own {hugoWritten.WallSeconds / hugo.WallSeconds:F2}×; the build takes {ours.WallSeconds / written.WallSeconds:F1}× writing its output"));
            }
            else
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{"",10} ratio: {ours.WallSeconds / floor.WallSeconds:F2}× the copy floor (target ≤ 2.5); the build takes {ours.WallSeconds / written.WallSeconds:F1}× writing its output"));
            }

            if (!keep)
            {
                done.Add(folder);
            }
        }

        if (done.Count > 0)
        {
            done.ForEach(folder => Directory.Delete(folder, recursive: true));
            Console.WriteLine("The benchmark's folders are deleted: on this disk, files are created slower for about six minutes now; wait that long before measuring again.");
        }

        return 0;
    }

    /// <summary>
    /// What the first results of a one-word search download at most: the facets, the largest term shard, and the
    /// details of 20 results from 20 different chunks (budget: 500 KB). The people for the filter are asked for only
    /// once the first results are shown.
    /// </summary>
    private static void SearchBudget(string output)
    {
        static long Largest(string folder) => Directory.EnumerateFiles(folder).Select(f => new FileInfo(f).Length).DefaultIfEmpty().Max();
        var search = Path.Combine(output, "search");
        var facets = new FileInfo(Path.Combine(search, "facets.js")).Length;
        var shard = Largest(Path.Combine(search, "terms"));
        var chunk = Largest(Path.Combine(search, "docs"));
        var people = new FileInfo(Path.Combine(search, "people.js")).Length;
        var first = facets + shard + (20 * chunk);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"",10} search: facets {facets / 1024} KB, largest term shard {shard / 1024} KB, largest details chunk {chunk / 1024} KB; first results ≤ {first / 1024} KB (budget 500 KB); then the people {people / 1024} KB"));
    }

    /// <summary>
    /// Each run writes into a new folder of its own (output-1, output-2, …), and none is removed before every size is
    /// done: on this machine's disk (ext4 without a journal) creating files soon after deleting many makes the kernel
    /// scan past every recently freed inode, which made whichever run followed a deletion up to three times slower,
    /// the copy floor and Hugo included. Returns the median and the last run's folder.
    /// </summary>
    private static (Measurement Median, string Last) Repeat(int runs, string output, Func<string, Measurement> run)
    {
        var folders = Enumerable.Range(1, runs).Select(i => string.Create(CultureInfo.InvariantCulture, $"{output}-{i}")).ToList();
        return (Measurement.Median([.. folders.Select(run)]), folders[^1]);
    }

    /// <summary>Builds <paramref name="site"/> with Hugo <paramref name="runs"/> times and prints the row. Returns the median, the last run's output and its pages.</summary>
    private static (Measurement Median, string Output, int Pages) RunHugo(HugoSite site, int runs, int size, long seedBytes)
    {
        var (hugo, output) = Repeat(runs, site.Root + "-public", o => Measurement.Run("hugo", ["--quiet", "-s", site.Root, "-d", o]));
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count();
        Row(size, Path.GetFileName(site.Root), hugo, pages, seedBytes);
        return (hugo, output, pages);
    }

    private static void Row(int size, string what, Measurement m, int pages, long seedBytes) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{size,10} {what,-12} {m.WallSeconds,8:F2} {m.CpuSeconds,8:F2} {m.UserSeconds,8:F2} {m.SystemSeconds,8:F2} {m.PeakKilobytes / 1024,8} {pages,8} {pages / m.WallSeconds,9:F0} {seedBytes / 1e6 / m.WallSeconds,10:F1}   {string.Join(' ', m.RunWallSeconds.Select(w => w.ToString("F2", CultureInfo.InvariantCulture)))}"));

    /// <summary>The tool as an editor installs it for speed: the Standalone publish profile, run as its own executable.</summary>
    private static string Publish(string repository, string into)
    {
        var start = new ProcessStartInfo("dotnet", ["publish", Path.Combine(repository, "src", "Archive"), "-p:PublishProfile=Standalone",
            "-o", into, "--nologo", "-v", "quiet"]);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode == 0 ? Path.Combine(into, "archive")
            : throw new InvalidOperationException("publishing the tool failed (the Standalone profile links with clang: apt-get install clang zlib1g-dev)");
    }

    private static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(folder => File.Exists(Path.Combine(folder, command)));

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Archive.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmark from the repository");
    }
}
