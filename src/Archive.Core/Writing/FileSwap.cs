using System.Runtime.InteropServices;

namespace Archive.Writing;

/// <summary>
/// Puts a changed page in place of its older version, or a new site in place of the previous one, by swapping the two
/// names in one step (Linux's <c>renameat2</c> with <c>RENAME_EXCHANGE</c>): the output never lacks the page or the
/// site, and the older one is left under the staged one's name, to be deleted with the staging folder.
/// </summary>
/// <remarks>
/// A rename over an existing file costs ext4 two waits that a swap does not: it frees the older file then and there
/// (on a disk mounted with online discard, such as this project's machine, each freed file waits for the device), and
/// it starts writing the new file's data out at once (its <c>auto_da_alloc</c> default, which protects programs that
/// replace a file by rename without flushing it). Measured on this machine with 13,483 pages of 29 KB, each in a folder
/// of its own: renames over the older versions 1.41–1.48 s; swaps 0.13 s and then deleting the older versions on eight
/// threads 0.38 s. A swap never reaches the disk sooner than the files a build from scratch writes; a page the system
/// lost in a crash is written again by the next build, which finds its size or time changed.
/// </remarks>
internal static partial class FileSwap
{
    private const int CurrentFolder = -100; // AT_FDCWD: a relative path is taken from the working folder
    private const uint Exchange = 2; // RENAME_EXCHANGE

    /// <summary>Set once the system has refused a swap as something it cannot do (not as something wrong with the files).</summary>
    private static volatile bool _unsupported = !OperatingSystem.IsLinux();

    /// <summary>
    /// Swaps the files or folders at <paramref name="staged"/> and <paramref name="target"/>; false, with nothing
    /// changed, where the system cannot (not Linux, a file system or C library without the call, nothing at the
    /// target), and the caller moves them as it would anyway.
    /// </summary>
    public static bool TrySwap(string staged, string target)
    {
        if (_unsupported)
        {
            return false;
        }

        try
        {
            if (RenameAt2(CurrentFolder, staged, CurrentFolder, target, Exchange) == 0)
            {
                return true;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unsupported = true; // a C library without renameat2 (older than glibc 2.28)
            return false;
        }

        if (Marshal.GetLastPInvokeError() is Unsupported or NotImplemented or NotSupportedHere)
        {
            _unsupported = true;
        }

        return false;
    }

    private const int Unsupported = 22; // EINVAL: the file system does not know the flag
    private const int NotImplemented = 38; // ENOSYS: a kernel older than 3.15
    private const int NotSupportedHere = 95; // EOPNOTSUPP

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int fromFolder, string from, int toFolder, string to, uint flags);
}
