namespace Archive.Writing;

/// <summary>Where rendered pages go: a staged output folder for <c>build</c>, nowhere for <c>check</c>. Safe to call from several threads.</summary>
public interface IPageSink : IDisposable
{
    /// <summary>Writes <paramref name="content"/> as UTF-8 to <paramref name="url"/> (relative to the output root).</summary>
    void Write(string url, string content);

    /// <summary>Writes bytes as they are to <paramref name="url"/>.</summary>
    void Write(string url, ReadOnlySpan<byte> content);

    /// <summary>A stream for a large file assembled piece by piece (the open data); the caller disposes it.</summary>
    Stream Create(string url);

    /// <summary>The bytes of a file written earlier in this build.</summary>
    byte[] Read(string url);

    /// <summary>Copies a file of the archive (a stylesheet) to <paramref name="url"/>.</summary>
    void Copy(string sourceFile, string url);

    /// <summary>Makes everything written visible at once; before this, the previous output is untouched.</summary>
    void Commit();

    int FilesWritten { get; }
}
