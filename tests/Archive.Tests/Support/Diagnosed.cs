using Archive.Diagnostics;

namespace Archive.Tests.Support;

internal static class Diagnosed
{
    /// <summary>The one diagnostic at <paramref name="path"/> whose message contains <paramref name="words"/>; fails with all of them listed otherwise.</summary>
    public static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, string path, string words)
    {
        var all = diagnostics.ToList();
        var matches = all.Where(d => d.Location.Path == path && d.Message.Contains(words, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"expected one diagnostic at {path} saying '{words}', got:\n{string.Join('\n', all)}");
        return matches[0];
    }
}
