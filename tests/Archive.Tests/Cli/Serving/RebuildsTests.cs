using Archive.Cli.Serving;
using Archive.Tests.Support;

namespace Archive.Tests.Cli.Serving;

public class RebuildsTests
{
    [Fact]
    public async Task Changes_made_during_a_build_lead_to_one_more_build_for_all_of_them_never_to_two_at_once()
    {
        var rebuilds = new Rebuilds(TimeSpan.FromMilliseconds(10));
        var builds = new List<IReadOnlyList<string>>();
        using var firstRunning = new SemaphoreSlim(0);
        using var finishFirst = new SemaphoreSlim(0);
        var running = 0;
        var overlapped = false;
        using var stop = new CancellationTokenSource();
        var loop = rebuilds.RunAsync(
            changed =>
            {
                overlapped |= Interlocked.Increment(ref running) > 1;
                int count;
                lock (builds)
                {
                    builds.Add(changed);
                    count = builds.Count;
                }

                if (count == 1)
                {
                    firstRunning.Release();
                    finishFirst.Wait();
                }

                Interlocked.Decrement(ref running);
            },
            stop.Token);

        rebuilds.Changed("seeds/a.txt");
        Assert.True(await firstRunning.WaitAsync(Eventually.Patience));
        rebuilds.Changed("content/b.yml");
        rebuilds.Changed("archive.yml");
        rebuilds.Changed("content/b.yml");
        finishFirst.Release();
        await Eventually.True(() => Count(builds) == 2, "the second build");
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop);

        Assert.Equal(["seeds/a.txt"], builds[0]);
        Assert.Equal(["archive.yml", "content/b.yml"], builds[1]);
        Assert.False(overlapped);
    }

    [Fact]
    public async Task Stopping_waits_for_the_build_under_way()
    {
        var rebuilds = new Rebuilds(TimeSpan.FromMilliseconds(10));
        using var started = new SemaphoreSlim(0);
        using var finish = new SemaphoreSlim(0);
        var finished = false;
        using var stop = new CancellationTokenSource();
        var loop = rebuilds.RunAsync(
            _ =>
            {
                started.Release();
                finish.Wait();
                finished = true;
            },
            stop.Token);

        rebuilds.Changed("seeds/a.txt");
        Assert.True(await started.WaitAsync(Eventually.Patience));
        await stop.CancelAsync();
        Assert.False(loop.IsCompleted);
        finish.Release();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop.WaitAsync(Eventually.Patience));

        Assert.True(finished);
    }

    private static int Count(List<IReadOnlyList<string>> builds)
    {
        lock (builds)
        {
            return builds.Count;
        }
    }
}
