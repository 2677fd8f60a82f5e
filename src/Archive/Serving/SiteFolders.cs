using Archive.Writing;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Archive.Cli.Serving;

/// <summary>
/// Where the preview is built and served from: a fresh folder under the system's temporary folder, outside the archive,
/// holding two build folders. One is served while the next build goes into the other, so a build never moves files a
/// reader is being sent (which Windows refuses) and a failed build leaves the served one alone.
/// Deleted when the server stops, with the build cache's manifests of the two folders.
/// </summary>
internal sealed class SiteFolders : IFileProvider, IDisposable
{
    private readonly string _archive;
    private readonly string[] _sites;
    private readonly PhysicalFileProvider[] _files;
    private volatile int _served;

    /// <param name="archive">The archive folder, whose build cache remembers these folders while the server runs.</param>
    public SiteFolders(string archive)
    {
        _archive = archive;
        Work = Path.Combine(Path.GetTempPath(), "archive-serve-" + Guid.NewGuid().ToString("N"));
        _sites = [Path.Combine(Work, "a"), Path.Combine(Work, "b")];
        foreach (var site in _sites)
        {
            // Empty folders without the build's marker are ones the build accepts as its output.
            Directory.CreateDirectory(site);
        }

        _files = [.. _sites.Select(site => new PhysicalFileProvider(site))];
    }

    /// <summary>The folder holding both builds; nothing else is written outside it.</summary>
    public string Work { get; }

    /// <summary>The folder readers are served from: the last good build, or an empty folder before the first one.</summary>
    public string Served => _sites[_served];

    /// <summary>The folder the next build goes into.</summary>
    public string Next => _sites[1 - _served];

    /// <summary>Serves the build just written into <see cref="Next"/>.</summary>
    public void Promote() => _served = 1 - _served;

    public IFileInfo GetFileInfo(string subpath) => _files[_served].GetFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => _files[_served].GetDirectoryContents(subpath);

    // Builds are announced to open tabs by the server itself; nothing watches these files.
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    public void Dispose()
    {
        foreach (var files in _files)
        {
            files.Dispose();
        }

        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }

        var caches = _sites.Select(site => BuildCache.ManifestPath(_archive, site)).SelectMany(manifest => new[] { manifest, BuildCache.InterviewsPath(manifest) });
        foreach (var file in caches.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}
