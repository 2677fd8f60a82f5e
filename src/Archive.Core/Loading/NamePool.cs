using System.Collections.Concurrent;

namespace Archive.Loading;

/// <summary>
/// One string for each distinct name, topic or language an archive's metadata files spell out: a big archive names the
/// same people and topics hundreds of thousands of times, and the loaded metadata lives for the whole build.
/// Thread-safe.
/// </summary>
internal sealed class NamePool
{
    private readonly ConcurrentDictionary<string, string> _names;
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    public NamePool()
    {
        _names = new(StringComparer.Ordinal);
        _byChars = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Of(string name) => _names.GetOrAdd(name, name);

    /// <summary>The pool's string for <paramref name="name"/>, made only when the pool has none yet.</summary>
    public string Of(ReadOnlySpan<char> name) => _byChars.TryGetValue(name, out var known) ? known : Of(name.ToString());
}
