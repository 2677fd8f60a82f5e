using System.Collections.Concurrent;

namespace Archive.Loading;

/// <summary>
/// One string for each distinct name or topic an archive's metadata files spell out: a big archive names the same
/// people and topics hundreds of thousands of times, and the loaded metadata lives for the whole build. Thread-safe.
/// </summary>
internal sealed class NamePool
{
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    public string Of(string name) => _names.GetOrAdd(name, name);
}
