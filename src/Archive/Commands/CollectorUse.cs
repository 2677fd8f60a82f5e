namespace Archive.Cli.Commands;

/// <summary>
/// What the garbage collector did in this process so far: collections by the oldest generation they reached, the
/// time it paused the build for and the memory allocated. `--verbose` prints it after a build, since on a big archive
/// the collector's share of the time is one of the first things to look at.
/// </summary>
internal sealed record CollectorUse(int Collections, int ReachingGeneration1, int ReachingGeneration2, TimeSpan Paused, long AllocatedBytes)
{
    public static CollectorUse OfThisProcess() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());

    public override string ToString() =>
        $"garbage collections: {Collections} ({ReachingGeneration1} reaching generation 1, {ReachingGeneration2} generation 2), " +
        $"paused {Paused.TotalMilliseconds:F0} ms, {AllocatedBytes / (1024 * 1024)} MB allocated";
}
