using System.Threading.Channels;

namespace Archive.Cli.Serving;

/// <summary>The latest build, and every open tab's queue of the builds that finish while it listens.</summary>
internal sealed class BuildEvents(BuildState first)
{
    private readonly Lock _gate = new();
    private readonly List<Channel<BuildState>> _listeners = [];
    private BuildState _current = first;

    public BuildState Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    public void Publish(BuildState state)
    {
        lock (_gate)
        {
            _current = state;
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(state);
            }
        }
    }

    /// <summary>
    /// Starts listening and tells the state at that moment, in one step: no build can finish between the two unseen.
    /// </summary>
    public BuildSubscription Subscribe()
    {
        var channel = Channel.CreateUnbounded<BuildState>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _listeners.Add(channel);
            return new BuildSubscription(_current, channel.Reader, () => Unsubscribe(channel));
        }
    }

    private void Unsubscribe(Channel<BuildState> channel)
    {
        lock (_gate)
        {
            _listeners.Remove(channel);
        }

        channel.Writer.TryComplete();
    }
}

/// <summary>One listener: the build current when it started, and the builds that finished since.</summary>
internal sealed class BuildSubscription(BuildState current, ChannelReader<BuildState> later, Action unsubscribe) : IDisposable
{
    public BuildState Current { get; } = current;

    public ChannelReader<BuildState> Later { get; } = later;

    public void Dispose() => unsubscribe();
}
