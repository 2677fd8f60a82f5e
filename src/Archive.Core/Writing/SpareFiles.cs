namespace Archive.Writing;

/// <summary>
/// Large output files that a build replaced, set aside in the build cache for the next build to write over instead of
/// writing a new file: on this project's machine, 115 MB (<c>data/interviews.json</c> of 10,000 interviews, rewritten
/// after every edit) took 12–17 ms written over a file whose pages the system still held, and 40 ms to over 400 ms
/// written as a new file, whose pages the system must find first. A file is set aside only where a rename moves it
/// (the cache and the output on one device) and only when nothing else names it: a folder of hard links to the output
/// (a deploy copy made with <c>cp -al</c>) must not change when a spare is written over. Where either cannot be
/// asked (see <see cref="FileLinks"/>), files are deleted as before. The contents of a spare do not matter: it is
/// written over from its start and cut to what was written.
/// </summary>
internal sealed class SpareFiles(string folder)
{
    /// <summary>
    /// Moves the spare of <paramref name="url"/> to <paramref name="path"/> (in the staging folder, on the output's
    /// device), to be written over; false when there is none.
    /// </summary>
    public bool MoveTo(string url, string path)
    {
        var spare = PathOf(url);
        if (FileLinks.Of(spare) is not { Names: 1 } it || FileLinks.Of(Path.GetDirectoryName(path)!) is not { } there || it.Device != there.Device)
        {
            return false;
        }

        try
        {
            File.Move(spare, path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Sets aside the output file at <paramref name="path"/>, about to be replaced, as the spare of <paramref name="url"/>;
    /// false when it cannot be (then the caller deletes it).
    /// </summary>
    public bool SetAside(string url, string path)
    {
        try
        {
            Directory.CreateDirectory(folder);
            if (FileLinks.Of(path) is not { Names: 1 } file || FileLinks.Of(folder) is not { } cache || file.Device != cache.Device)
            {
                return false;
            }

            File.Move(path, PathOf(url), overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>"data%2Finterviews.json" for data/interviews.json: one flat folder, a name per url.</summary>
    private string PathOf(string url) => Path.Combine(folder, Uri.EscapeDataString(url));
}
