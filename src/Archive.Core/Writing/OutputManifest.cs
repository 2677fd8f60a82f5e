using System.Globalization;
using System.Text;

namespace Archive.Writing;

/// <summary>
/// What the last successful build of one output folder wrote and from which inputs: the memory of incremental builds.
/// It is kept in the build cache, outside the output, as plain text: the output folder's full path on the line after
/// the header, then one line per input or file.
/// </summary>
public sealed record OutputManifest(string Output, InputFingerprints Inputs, IReadOnlyDictionary<string, OutputFile> Files)
{
    private const string Header = "interview-archive build cache 2";
    private const string OutputLine = "output\t";

    public static OutputManifest? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            if (reader.ReadLine() != Header || reader.ReadLine() is not { } first || !first.StartsWith(OutputLine, StringComparison.Ordinal))
            {
                return null;
            }

            ContentHash site = default, content = default;
            var seeds = new Dictionary<string, ContentHash>(StringComparer.Ordinal);
            var files = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
            while (reader.ReadLine() is { } line)
            {
                // A line per output file: its fields are read where they stand, and only the path becomes a string.
                var rest = line.AsSpan();
                switch (Field(ref rest))
                {
                    case "site":
                        site = ContentHash.Parse(Field(ref rest));
                        break;
                    case "content":
                        content = ContentHash.Parse(Field(ref rest));
                        break;
                    case "seed":
                        var seed = ContentHash.Parse(Field(ref rest));
                        seeds[Field(ref rest).ToString()] = seed;
                        break;
                    case "file":
                        var hash = ContentHash.Parse(Field(ref rest));
                        var size = long.Parse(Field(ref rest), CultureInfo.InvariantCulture);
                        var modified = long.Parse(Field(ref rest), CultureInfo.InvariantCulture);
                        files[Field(ref rest).ToString()] = new OutputFile(hash, size, modified);
                        break;
                    default:
                        return null;
                }
            }

            return new OutputManifest(first[OutputLine.Length..], new InputFingerprints(site, content, seeds), files);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            return null; // a damaged cache only costs a full build
        }
    }

    /// <summary>
    /// The output folder the manifest at <paramref name="path"/> describes, read from its first lines only; null when
    /// the file is no manifest of this version (one that could not be used anyway).
    /// </summary>
    public static string? OutputOf(string path)
    {
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            return reader.ReadLine() == Header && reader.ReadLine() is { } first && first.StartsWith(OutputLine, StringComparison.Ordinal)
                ? first[OutputLine.Length..]
                : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".new";
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            writer.WriteLine(Header);
            writer.WriteLine(OutputLine + Output);
            writer.WriteLine($"site\t{Inputs.Site}");
            writer.WriteLine($"content\t{Inputs.Content}");

            // Each line is put together in one buffer: a big archive has tens of thousands of them.
            var line = new char[256];
            foreach (var slug in Sorted(Inputs.Seeds.Keys))
            {
                var hash = Inputs.Seeds[slug];
                int length;
                while (!line.AsSpan().TryWrite(CultureInfo.InvariantCulture, $"seed\t{hash}\t{slug}", out length))
                {
                    line = new char[line.Length * 2];
                }

                writer.WriteLine(line.AsSpan(0, length));
            }

            foreach (var url in Sorted(Files.Keys))
            {
                var file = Files[url];
                int length;
                while (!line.AsSpan().TryWrite(CultureInfo.InvariantCulture, $"file\t{file.Hash}\t{file.Size}\t{file.Modified}\t{url}", out length))
                {
                    line = new char[line.Length * 2];
                }

                writer.WriteLine(line.AsSpan(0, length));
            }
        }

        LargeFileMove.Over(temporary, path);
    }

    private static string[] Sorted(IEnumerable<string> keys)
    {
        string[] sorted = [.. keys];
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    /// <summary>The next field of a line, up to a tab or the line's end; every field of a manifest has a value.</summary>
    private static ReadOnlySpan<char> Field(ref ReadOnlySpan<char> rest)
    {
        var tab = rest.IndexOf('\t');
        var field = tab < 0 ? rest : rest[..tab];
        rest = tab < 0 ? [] : rest[(tab + 1)..];
        return field.IsEmpty ? throw new FormatException("a field of the manifest is missing") : field;
    }
}
