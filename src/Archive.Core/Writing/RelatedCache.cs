using System.Text;
using Archive.Modeling;

namespace Archive.Writing;

/// <summary>
/// Each interview's related interviews as the last build chose them, with the fingerprint of the metadata they were
/// chosen from: choosing them is most of building the site model, and after a seed changed the metadata is the same.
/// Kept in <c>.archive-cache/related</c> as text, one interview a line; a file made from other metadata or by another
/// version of the tool is not used, and one that cannot be read only costs choosing again.
/// </summary>
internal static class RelatedCache
{
    private const string Header = "interview-archive related interviews 1";

    /// <summary>The related interviews' slugs by interview, when they were chosen from metadata with this <paramref name="content"/> fingerprint.</summary>
    public static IReadOnlyDictionary<string, string[]>? Load(string root, ContentHash content)
    {
        try
        {
            using var reader = new StreamReader(BuildCache.RelatedPath(root), Encoding.UTF8);
            if (reader.ReadLine() != Header || reader.ReadLine() != Key(content))
            {
                return null;
            }

            var related = new Dictionary<string, string[]>(StringComparer.Ordinal);
            while (reader.ReadLine() is { } line)
            {
                var slugs = line.Split('\t');
                related[slugs[0]] = slugs[1..];
            }

            return related;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps what was chosen; a cache that cannot be written costs the next build time, nothing else.</summary>
    public static void Save(string root, ContentHash content, IReadOnlyDictionary<string, IReadOnlyList<InterviewEntry>> related)
    {
        var path = BuildCache.RelatedPath(root);
        var temporary = BuildCache.Unfinished(path);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
            {
                writer.NewLine = "\n";
                writer.WriteLine(Header);
                writer.WriteLine(Key(content));
                foreach (var (slug, interviews) in related.OrderBy(r => r.Key, StringComparer.Ordinal))
                {
                    writer.WriteLine(string.Join('\t', interviews.Select(i => i.Slug).Prepend(slug)));
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static string Key(ContentHash content) => $"{content} {typeof(RelatedCache).Assembly.ManifestModule.ModuleVersionId:N}";
}
