using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Archive.Publishing;

/// <summary>
/// JSON for the site's data files and for JSON-LD inside pages. Letters of every script stay readable, while the
/// characters HTML cares about (&lt; &gt; &amp; ' ") are always escaped, so that no value can close a &lt;script&gt; element.
/// </summary>
public static class Json
{
    public static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = false };

    public static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = true };

    public static byte[] Write(Action<Utf8JsonWriter> write, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    public static string WriteString(Action<Utf8JsonWriter> write, bool indented = false) => Encoding.UTF8.GetString(Write(write, indented));

    public static void StringArray(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    public static void OptionalString(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
