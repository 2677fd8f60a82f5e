using System.Runtime.InteropServices;

namespace Archive.Loading;

/// <summary>
/// Asks the system to start reading files the build is about to read, all of them at once: when an archive is not in
/// memory (the first build after the machine started, or after other work pushed it out), the disk then serves many
/// requests side by side, instead of the one each busy core waits for. Linux's <c>posix_fadvise</c>: it only starts
/// the reading and returns; a file already in memory costs three quick system calls, a missing one one.
/// </summary>
internal static partial class ReadAhead
{
    /// <summary>O_RDONLY | O_CLOEXEC | O_NONBLOCK: a named pipe where a file was expected must not hold the thread.</summary>
    private const int ReadOnlyFlags = 0x80000 | 0x800;
    private const int WillNeed = 3; // POSIX_FADV_WILLNEED

    /// <summary>
    /// Asks for each file in turn, in the order given, on a thread of its own (opening a file the system has not seen
    /// yet waits for the disk), while the caller goes on; nothing where the system cannot be asked.
    /// </summary>
    public static void Start(IEnumerable<string> paths)
    {
        if (OperatingSystem.IsLinux())
        {
            new Thread(() => _ = Files(paths)) { IsBackground = true, Name = "read ahead" }.Start();
        }
    }

    /// <summary>
    /// Asks for each file in turn, in the order given; returns how many the system took the request for (none where it
    /// cannot be asked; a file that is missing is passed over, and its build reports it where it reads it).
    /// </summary>
    internal static int Files(IEnumerable<string> paths)
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        var asked = 0;
        try
        {
            foreach (var path in paths)
            {
                var file = Open(path, ReadOnlyFlags);
                if (file >= 0)
                {
                    asked += Advise(file, 0, 0, WillNeed) == 0 ? 1 : 0;
                    _ = Close(file);
                }
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // a system without these calls reads each file when it is needed, as everywhere else
        }

        return asked;
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "posix_fadvise")]
    private static partial int Advise(int file, long offset, long length, int advice);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int file);
}
