namespace Archive.Tests.Cli.Serving;

/// <summary>
/// The tests that start preview servers run one class at a time: one of them checks that a failed start leaves no
/// temporary folder behind, which only holds while no other server is starting.
/// </summary>
[CollectionDefinition(Collection)]
public sealed class PreviewServers
{
    public const string Collection = "Preview servers";
}
