using System.Threading.Channels;

namespace Archive.Cli.Serving;

/// <summary>
/// Turns file changes into builds: waits until the archive has been quiet for <paramref name="quiet"/> (an editor's
/// save is often several writes, a checkout thousands), then builds once for all of them. Builds run one after another;
/// changes made during a build lead to one more build after it.
/// </summary>
internal sealed class Rebuilds(TimeSpan quiet)
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Notes a changed file, by its path relative to the archive (empty when unknown); safe from any thread.</summary>
    public void Changed(string path) => _changes.Writer.TryWrite(path);

    /// <summary>Builds after every quiet spell until <paramref name="stop"/>; a build under way is finished, never abandoned.</summary>
    public async Task RunAsync(Action<IReadOnlyList<string>> build, CancellationToken stop)
    {
        while (await _changes.Reader.WaitToReadAsync(stop))
        {
            var changed = new SortedSet<string>(StringComparer.Ordinal);
            do
            {
                while (_changes.Reader.TryRead(out var path))
                {
                    changed.Add(path);
                }

                await Task.Delay(quiet, stop);
            }
            while (_changes.Reader.TryPeek(out _));

            // Not cancellable: stopping waits for the build, so its folders are never deleted while it writes.
            await Task.Run(() => build([.. changed]), CancellationToken.None);
        }
    }
}
