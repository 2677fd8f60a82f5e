using System.Text;
using Archive.Diagnostics;
using Archive.Loading;
using Archive.Modeling;

namespace Archive.Tests.Support;

/// <summary>
/// A throwaway archive folder for one test: the repository's templates, a minimal archive.yml, and whatever files the
/// test writes. Deleted afterwards.
/// </summary>
internal sealed class TempArchive : IDisposable
{
    public const string MinimalConfig = "title: Testarchiv\nlanguage: de\n";

    public TempArchive(bool withTemplates = true, string config = MinimalConfig)
    {
        Root = Path.Combine(Path.GetTempPath(), "archive-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (withTemplates)
        {
            CopyFolder(Path.Combine(Repository.Root, "templates"), Path.Combine(Root, "templates"));
        }

        Write("archive.yml", config);
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
        Directory.CreateDirectory(Path.Combine(Root, "content", "interviews"));
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "public");

    /// <summary>A copy of the repository's own sample archive.</summary>
    public static TempArchive OfSample()
    {
        var archive = new TempArchive(withTemplates: false);
        foreach (var folder in new[] { "templates", "content", "seeds" })
        {
            CopyFolder(Path.Combine(Repository.Root, folder), Path.Combine(archive.Root, folder));
        }

        File.Copy(Path.Combine(Repository.Root, "archive.yml"), Path.Combine(archive.Root, "archive.yml"), overwrite: true);
        return archive;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public TempArchive Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return this;
    }

    public TempArchive WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>A small valid interview with its seed, named <paramref name="slug"/>; <paramref name="extra"/> adds metadata lines.</summary>
    public TempArchive AddInterview(
        string slug, string title = "Ein Gespräch", string date = "2020-05", string interviewer = "Jana Beispiel",
        string interviewee = "Ola Muster", string topics = "[Migration]", string extra = "", string? seed = null)
    {
        Write($"seeds/{slug}.txt", seed ?? $"Ein Vorspann.\n\nFrage: Wie geht es?\n\nAntwort: Gut.\n\nMit {interviewee} sprach {interviewer}\n");
        return Write($"content/interviews/{slug}.yml",
            $"seed: {slug}.txt\ntitle: \"{title}\"\ndate: {date}\ninterviewer: {interviewer}\ninterviewee: {interviewee}\ntopics: {topics}\n{extra}");
    }

    /// <summary>The archive's site model as its files stand, loaded and built without the build cache.</summary>
    public SiteModel Model()
    {
        var diagnostics = new DiagnosticBag();
        return SiteModelBuilder.Build(ArchiveLoader.Load(Root, diagnostics)!, diagnostics);
    }

    public BuildReport Build(bool write = true) => ArchiveBuild.Run(new BuildOptions(Root, Output, write));

    /// <summary>A build from scratch into <paramref name="output"/>, ignoring the build cache.</summary>
    public BuildReport BuildClean(string output) => ArchiveBuild.Run(new BuildOptions(Root, output, Clean: true));

    /// <summary>Every file of <paramref name="folder"/> (default: the output) with its bytes and modification time.</summary>
    public Dictionary<string, (byte[] Bytes, DateTime Modified)> Snapshot(string? folder = null)
    {
        var root = folder ?? Output;
        return Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f).Replace('\\', '/'),
            f => (File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f)),
            StringComparer.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
