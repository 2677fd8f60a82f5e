using System.Runtime.InteropServices;

namespace Archive.Writing;

/// <summary>
/// What the system knows of a file beyond its size and time, and .NET does not say: how many names (hard links) the
/// file has, and which device holds it. Asked of Linux's <c>statx</c>, whose result has the same layout on every
/// architecture; one system call, for which a dependency with a native library of its own would weigh more than these
/// lines.
/// </summary>
internal static partial class FileLinks
{
    private const int CurrentFolder = -100; // AT_FDCWD: a relative path is taken from the working folder
    private const int NoFollow = 0x100; // AT_SYMLINK_NOFOLLOW: a symbolic link is asked about itself
    private const uint LinkCount = 0x4; // STATX_NLINK (the device is always given)

    /// <summary>The file's count of names and its device; null where that cannot be asked (not Linux, no such file).</summary>
    public static (uint Names, ulong Device)? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return Statx(CurrentFolder, path, NoFollow, LinkCount, out var info) == 0
                ? (info.Names, ((ulong)info.DeviceMajor << 32) | info.DeviceMinor)
                : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null; // a C library without statx (older than glibc 2.28)
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int folder, string path, int flags, uint mask, out StatxResult result);

    /// <summary>The parts of <c>struct statx</c> (256 bytes, see linux/stat.h) read here.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxResult
    {
        [FieldOffset(16)]
        public uint Names;

        [FieldOffset(136)]
        public uint DeviceMajor;

        [FieldOffset(140)]
        public uint DeviceMinor;
    }
}
