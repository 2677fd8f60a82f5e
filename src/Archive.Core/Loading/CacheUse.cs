namespace Archive.Loading;

/// <summary>Whether loading takes unchanged interview metadata from the build cache.</summary>
public enum CacheUse
{
    /// <summary>Every file is parsed and the cache is left alone (checks, tools that only read).</summary>
    None,

    /// <summary>Every file is parsed and the cache is written anew (<c>build --clean</c>).</summary>
    Refresh,

    /// <summary>Unchanged files come from the cache; the cache is updated.</summary>
    Reuse,
}
