using System.Text;

namespace Archive.Writing;

/// <summary>Where rendered pages go: a staged output folder for <c>build</c>, nowhere for <c>check</c>. Safe to call from several threads.</summary>
public interface IPageSink : IDisposable
{
    /// <summary>Writes <paramref name="content"/> as UTF-8 to <paramref name="url"/> (relative to the output root).</summary>
    void Write(string url, string content) => Write(url, Utf8Text.Of(content));

    /// <summary>
    /// Writes the text in <paramref name="content"/> as UTF-8 to <paramref name="url"/>, straight from the builder's
    /// pieces: a rendered page is not first copied into a string of its own.
    /// </summary>
    void Write(string url, StringBuilder content) => Write(url, Utf8Text.Of(content));

    /// <summary>Writes bytes as they are to <paramref name="url"/>.</summary>
    void Write(string url, ReadOnlySpan<byte> content);

    /// <summary>A stream for a large file assembled piece by piece (the open data); the caller disposes it.</summary>
    Stream Create(string url);

    /// <summary>Copies a file of the archive (a stylesheet) to <paramref name="url"/>.</summary>
    void Copy(string sourceFile, string url);

    /// <summary>
    /// Keeps the file the previous build wrote to <paramref name="url"/> as it is, for a page whose inputs did not
    /// change. False when there is no such file to keep: then the page must be written.
    /// </summary>
    bool Keep(string url);

    /// <summary>
    /// The files the previous build wrote whose urls start with <paramref name="folder"/>, when every one of them is
    /// still on disk as it left them, so that a set of files can be made again from them (see
    /// <see cref="ReadPrevious"/>) for only what changed; null when there was no previous build or one of them changed.
    /// </summary>
    IReadOnlyList<string>? PreviousFiles(string folder) => null;

    /// <summary>The bytes of a file the previous build wrote, when it is still on disk as it left it; null otherwise.</summary>
    byte[]? ReadPrevious(string url) => null;

    /// <summary>Makes everything written visible at once; before this, the previous output is untouched.</summary>
    void Commit();

    /// <summary>Files written (or, for <c>check</c>, that would be written) by this build.</summary>
    int FilesWritten { get; }

    /// <summary>Files of the previous build left as they were, because their content did not change.</summary>
    int FilesKept { get; }

    /// <summary>Every file of the output after <see cref="Commit"/>, for the next build's manifest.</summary>
    IReadOnlyDictionary<string, OutputFile> Files { get; }
}
