using System.Diagnostics;

namespace Archive;

/// <summary>
/// Times each step of a build, so that a slow one shows up in <c>--verbose</c> output. Steps that run alongside each
/// other may be timed from two threads; each is listed when it ends.
/// </summary>
internal sealed class StepTimer
{
    private readonly List<StepTime> _steps = [];
    private readonly Lock _gate = new();
    private readonly long _started = Stopwatch.GetTimestamp();

    /// <summary>The time since the timer was made: the build's own time, which steps run side by side do not add up to.</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

    public IReadOnlyList<StepTime> Steps
    {
        get
        {
            lock (_gate)
            {
                return [.. _steps];
            }
        }
    }

    public T Time<T>(string step, Func<T> work)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            lock (_gate)
            {
                _steps.Add(new StepTime(step, Stopwatch.GetElapsedTime(started)));
            }
        }
    }

    public void Time(string step, Action work) => Time(step, () =>
    {
        work();
        return true;
    });
}
