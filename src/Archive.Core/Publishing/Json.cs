using System.Buffers;
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

    // Every interview page makes several JSON texts (its open data document, citation, structured data): each thread
    // writes them into one buffer and one writer it keeps, instead of a stream that grows by doubling every time.
    [ThreadStatic]
    private static Scratch? t_scratch;

    private const int KeptCapacity = 1 << 20;

    public static byte[] Write(Action<Utf8JsonWriter> write, bool indented = false)
    {
        var scratch = Take();
        try
        {
            return Fill(scratch, write, indented).ToArray();
        }
        finally
        {
            Give(scratch);
        }
    }

    /// <summary>Writes a JSON text and hands its UTF-8 bytes to <paramref name="use"/>, which must not keep them: no copy is made.</summary>
    public static void Write(Action<Utf8JsonWriter> write, Action<ReadOnlySpan<byte>> use, bool indented = false)
    {
        var scratch = Take();
        try
        {
            use(Fill(scratch, write, indented));
        }
        finally
        {
            Give(scratch);
        }
    }

    public static string WriteString(Action<Utf8JsonWriter> write, bool indented = false)
    {
        var scratch = Take();
        try
        {
            return Encoding.UTF8.GetString(Fill(scratch, write, indented));
        }
        finally
        {
            Give(scratch);
        }
    }

    /// <summary>The thread's scratch buffer; a JSON text written while another is being written (from inside its callback) gets one of its own.</summary>
    private static Scratch Take()
    {
        var scratch = t_scratch is { InUse: false } kept ? kept : new Scratch();
        t_scratch ??= scratch;
        scratch.InUse = true;
        return scratch;
    }

    private static ReadOnlySpan<byte> Fill(Scratch scratch, Action<Utf8JsonWriter> write, bool indented)
    {
        var writer = scratch.Writer(indented);
        write(writer);
        writer.Flush();
        return scratch.Buffer.WrittenSpan;
    }

    private static void Give(Scratch scratch)
    {
        scratch.InUse = false;
        if (scratch.Buffer.Capacity > KeptCapacity && t_scratch == scratch)
        {
            t_scratch = null; // an unusually large text is not held on to by its thread for the rest of the build
        }
    }

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

    private sealed class Scratch
    {
        private Utf8JsonWriter? _compact;
        private Utf8JsonWriter? _indented;

        public bool InUse { get; set; }

        public ArrayBufferWriter<byte> Buffer { get; } = new(16 * 1024);

        /// <summary>The writer for the given layout, reset onto the emptied buffer.</summary>
        public Utf8JsonWriter Writer(bool indented)
        {
            Buffer.ResetWrittenCount();
            ref var writer = ref indented ? ref _indented : ref _compact;
            if (writer is null)
            {
                writer = new Utf8JsonWriter(Buffer, indented ? Indented : Compact);
            }
            else
            {
                writer.Reset(Buffer);
            }

            return writer;
        }
    }
}
