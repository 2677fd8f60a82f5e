using System.Globalization;

namespace Archive.Bench;

/// <summary>
/// What the benchmark was asked to measure. An argument it does not know is refused with the usage rather than
/// ignored: a misspelt option would otherwise start a run of many minutes that measures something else.
/// </summary>
internal sealed record BenchOptions(IReadOnlyList<int> Sizes, int Runs, bool WithHugo, bool Keep)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/Archive.Bench -- [options]

        Options:
          --sizes <n,n,…>   Archive sizes to generate and build, in interviews. Default: 1000,10000.
          --runs <n>        Runs of each measurement; medians are printed. Default: 3.
          --hugo            Also build each archive as a Hugo site with Hugo (apt-get install hugo).
          --keep            Keep the generated archives and outputs in /tmp/archive-bench.
          --help            Show this help.
        """;

    public static readonly BenchOptions Default = new([1000, 10000], 3, WithHugo: false, Keep: false);

    /// <summary>
    /// What to tell before a run that will take far longer than it may seem: Hugo's related interviews grow much faster
    /// than the archive (about 20 s of CPU at 10,000 interviews against 0.4 s at 1,000), so Hugo above 10,000 runs for
    /// a very long time. Null when there is nothing to tell.
    /// </summary>
    public string? Caution =>
        WithHugo && Sizes.Where(size => size > 10_000).ToList() is [_, ..] large
            ? $"Hugo's related interviews grow much faster than the archive: --hugo at {string.Join(", ", large)} interviews will take a very long time (leave --hugo out there)"
            : null;

    /// <summary>The options, or why the arguments are not understood (null when help was asked for).</summary>
    public static (BenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = Default;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    return (null, null);
                case "--hugo":
                    options = options with { WithHugo = true };
                    break;
                case "--keep":
                    options = options with { Keep = true };
                    break;
                case "--sizes" or "--runs" when i + 1 == args.Count:
                    return (null, $"{args[i]} needs a value");
                case "--sizes":
                    var sizes = args[++i].Split(',').Select(Positive).ToArray();
                    if (sizes.Any(size => size is null))
                    {
                        return (null, $"--sizes takes whole numbers above zero separated by commas, not '{args[i]}'");
                    }

                    options = options with { Sizes = [.. sizes.Select(size => size!.Value)] };
                    break;
                case "--runs":
                    if (Positive(args[++i]) is not { } runs)
                    {
                        return (null, $"--runs takes a whole number above zero, not '{args[i]}'");
                    }

                    options = options with { Runs = runs };
                    break;
                default:
                    return (null, $"unknown argument '{args[i]}'");
            }
        }

        return (options, null);
    }

    private static int? Positive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
