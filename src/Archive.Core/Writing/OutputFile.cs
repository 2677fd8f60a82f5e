namespace Archive.Writing;

/// <summary>One file of the output as the last build left it: its content hash, size and modification time (UTC ticks).</summary>
public readonly record struct OutputFile(ContentHash Hash, long Size, long Modified)
{
    /// <summary>Whether the file on disk is still the one recorded (the cheap test: size and modification time).</summary>
    public bool IsOnDisk(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == Size && info.LastWriteTimeUtc.Ticks == Modified;
    }

    public static OutputFile Of(string path, ContentHash hash)
    {
        var info = new FileInfo(path);
        return new OutputFile(hash, info.Length, info.LastWriteTimeUtc.Ticks);
    }
}
