namespace Archive.Loading;

/// <summary>
/// A file's size and modification time (UTC ticks), by which a build decides, as make and rsync do, whether the file
/// changed since the last one. A missing file has size -1.
/// </summary>
public readonly record struct FileStamp(long Size, long Modified)
{
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : new FileStamp(-1, 0);
    }
}
