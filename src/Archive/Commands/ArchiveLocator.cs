using Archive.Loading;

namespace Archive.Cli.Commands;

/// <summary>Finds the archive a command works on: --source as given, else the nearest folder at or above this one with archive.yml.</summary>
internal static class ArchiveLocator
{
    public static string? Find(string? source, TextWriter error)
    {
        if (source is not null)
        {
            if (File.Exists(Path.Combine(source, ArchivePaths.Config)))
            {
                return Path.GetFullPath(source);
            }

            error.WriteLine($"{ArchivePaths.Config}:1:1: error: no {ArchivePaths.Config} in {Path.GetFullPath(source)}; --source must name an archive folder");
            return null;
        }

        var found = ArchivePaths.FindRoot(Directory.GetCurrentDirectory());
        if (found is null)
        {
            error.WriteLine($"{ArchivePaths.Config}:1:1: error: no {ArchivePaths.Config} in {Directory.GetCurrentDirectory()} or any folder above it; run inside an archive or name one with --source");
        }

        return found;
    }
}
