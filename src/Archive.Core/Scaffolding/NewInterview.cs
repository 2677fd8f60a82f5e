using Archive.Diagnostics;
using Archive.Loading;
using Archive.Loading.Yaml;
using Archive.Modeling;
using Archive.Reading;
using YamlDotNet.RepresentationModel;

namespace Archive.Scaffolding;

/// <summary>
/// Adds a new interview to an archive: copies its text into <c>seeds/</c> byte for byte under its own file name and
/// writes the drafted metadata beside the others. Never overwrites: an existing seed or metadata file, or a seed some
/// metadata already describes, is refused before anything is written.
/// </summary>
public static class NewInterview
{
    public static NewInterviewResult Add(string root, string textPath, DateOnly today, string? slug = null)
    {
        var source = Path.GetFullPath(textPath);
        if (!File.Exists(source))
        {
            return NewInterviewResult.Refused($"no file {textPath}");
        }

        var fileName = Path.GetFileName(source);
        if (!fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return NewInterviewResult.Refused($"{fileName}: a seed is a plain text (.txt) or Markdown (.md) file; save the interview as one of these");
        }

        var seedPath = Path.Combine(root, ArchivePaths.Seeds, fileName);
        var seedRelative = ArchivePaths.Relative(root, seedPath);
        var inPlace = string.Equals(Path.GetFullPath(seedPath), source, StringComparison.Ordinal);
        if (!inPlace && File.Exists(seedPath))
        {
            return NewInterviewResult.Refused($"{seedRelative} already exists and a seed is never overwritten; give the new text another file name");
        }

        var interviews = Path.Combine(root, ArchivePaths.Interviews);
        List<(string Relative, YamlMappingNode Mapping)>? metadata = null; // parsed once, for both of its uses below
        List<(string Relative, YamlMappingNode Mapping)> Metadata() => metadata ??= [.. AllMetadata(root)];
        if (inPlace && DescribedBy(Metadata(), fileName) is { } existing)
        {
            return NewInterviewResult.Refused($"{existing} already describes {seedRelative}");
        }

        if (slug is not null && !Slug.IsValid(slug))
        {
            return NewInterviewResult.Refused($"'{slug}' is not an address: use lowercase a-z, digits and single hyphens (such as '{Slug.From(slug)}')");
        }

        if (slug is not null && File.Exists(Path.Combine(interviews, slug + ".yml")))
        {
            return NewInterviewResult.Refused($"{ArchivePaths.Interviews}/{slug}.yml already exists and is never overwritten; choose another --slug");
        }

        var bytes = File.ReadAllBytes(source);
        var decoded = TextDecoder.Decode(bytes);
        var text = decoded.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return NewInterviewResult.Refused($"{textPath} is empty");
        }

        // The draft is made from the text composed (ü as one character, not u and a combining mark, as some editors
        // save it), so that its words, names and address are those of the text as it looks; the seed is copied as it is.
        text = ComposedText.Of(text);
        var taken = Directory.Exists(interviews)
            ? Directory.EnumerateFiles(interviews, "*.yml").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
        var draft = MetadataDetector.Detect(text, fileName, today, SiteLanguage(root), taken, UsedTopics(Metadata()));
        if (slug is not null)
        {
            draft = draft with { Slug = slug };
        }

        var metadataPath = Path.Combine(interviews, draft.Slug + ".yml");
        Directory.CreateDirectory(interviews);
        if (!inPlace)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(seedPath)!);
            File.Copy(source, seedPath, overwrite: false);
        }

        try
        {
            using var stream = new FileStream(metadataPath, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.Write(DraftYamlWriter.Write(draft));
        }
        catch (IOException)
        {
            // The seed alone would be an interview nobody describes: take it back, so that a second try starts clean.
            if (!inPlace)
            {
                File.Delete(seedPath);
            }

            throw;
        }

        IReadOnlyList<string> notes = decoded.WasWindows1252
            ? [$"{seedRelative} is not valid UTF-8 and is read as Windows-1252; check its umlauts on the built page, or save it as UTF-8"]
            : [];
        return new NewInterviewResult(draft, seedRelative, ArchivePaths.Relative(root, metadataPath), notes, null);
    }

    /// <summary>
    /// The topics the archive's interviews name, most used first (then in ordinal order), so that the draft can offer
    /// the names already in use rather than a new spelling of one of them. Composed as the loader composes them: a name
    /// saved decomposed in one file is the same topic in the build, and offered once.
    /// </summary>
    private static List<string> UsedTopics(IEnumerable<(string Relative, YamlMappingNode Mapping)> metadata)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var topics in metadata.Select(m => m.Mapping.Children.TryGetValue(new YamlScalarNode("topics"), out var value) ? value : null).OfType<YamlSequenceNode>())
        {
            foreach (var topic in topics.Children.OfType<YamlScalarNode>().Select(t => t.Value?.Trim()).OfType<string>().Where(t => t.Length > 0).Select(ComposedText.Of).Distinct(StringComparer.Ordinal))
            {
                counts[topic] = counts.GetValueOrDefault(topic) + 1;
            }
        }

        return [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key)];
    }

    /// <summary>Each metadata file that parses as a mapping, with its path relative to the archive, in ordinal order.</summary>
    private static IEnumerable<(string Relative, YamlMappingNode Mapping)> AllMetadata(string root)
    {
        var interviews = Path.Combine(root, ArchivePaths.Interviews);
        if (!Directory.Exists(interviews))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(interviews, "*.yml").Order(StringComparer.Ordinal))
        {
            var relative = ArchivePaths.Relative(root, file);
            if (YamlFile.Parse(TextDecoder.Decode(File.ReadAllBytes(file)).Text, relative, new DiagnosticBag(), emptyIsError: false) is YamlMappingNode mapping)
            {
                yield return (relative, mapping);
            }
        }
    }

    /// <summary>The metadata file (relative path) whose <c>seed</c> names <paramref name="seed"/>, or null.</summary>
    private static string? DescribedBy(IEnumerable<(string Relative, YamlMappingNode Mapping)> metadata, string seed) =>
        metadata.FirstOrDefault(m =>
            m.Mapping.Children.TryGetValue(new YamlScalarNode("seed"), out var value) &&
            value is YamlScalarNode { Value: { } named } && string.Equals(named.Trim(), seed, StringComparison.Ordinal)).Relative;

    /// <summary>The archive's language from archive.yml; German, as the loader assumes, when it gives none or cannot be read.</summary>
    private static string SiteLanguage(string root) => ConfigReader.Read(root, new DiagnosticBag())?.Language ?? "de";
}
