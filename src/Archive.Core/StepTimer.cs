using System.Diagnostics;

namespace Archive;

/// <summary>Times each step of a build, so that a slow one shows up in <c>--verbose</c> output.</summary>
internal sealed class StepTimer
{
    private readonly List<StepTime> _steps = [];

    public IReadOnlyList<StepTime> Steps => _steps;

    public T Time<T>(string step, Func<T> work)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            _steps.Add(new StepTime(step, Stopwatch.GetElapsedTime(started)));
        }
    }

    public void Time(string step, Action work) => Time(step, () =>
    {
        work();
        return true;
    });
}
