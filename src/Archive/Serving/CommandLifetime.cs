using Microsoft.Extensions.Hosting;

namespace Archive.Cli.Serving;

/// <summary>A host lifetime that leaves signals alone: the serve command stops the server itself.</summary>
internal sealed class CommandLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
