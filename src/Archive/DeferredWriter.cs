using System.Text;

namespace Archive.Cli;

/// <summary>
/// A console writer opened on another thread while the command starts: opening one looks up the terminal's encoding
/// and duplicates its handle, about 13 ms that a build otherwise waits for before reading anything. What is written
/// goes to the writer once it is open.
/// </summary>
internal sealed class DeferredWriter(Func<TextWriter> open) : TextWriter
{
    private readonly Task<TextWriter> _writer = Task.Run(open);

    public override Encoding Encoding => Writer.Encoding;

    private TextWriter Writer => _writer.GetAwaiter().GetResult();

    public override void Write(char value) => Writer.Write(value);

    public override void Write(string? value) => Writer.Write(value);

    public override void Write(ReadOnlySpan<char> buffer) => Writer.Write(buffer);

    public override void WriteLine(string? value) => Writer.WriteLine(value);

    public override void WriteLine() => Writer.WriteLine();

    public override void Flush() => Writer.Flush();
}
