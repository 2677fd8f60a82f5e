using Archive.Cli;

namespace Archive.Tests.Cli;

public class DeferredWriterTests
{
    [Fact]
    public async Task What_is_written_before_the_writer_is_open_reaches_it_in_order()
    {
        var console = new StringWriter { NewLine = "\n" };
        using var opened = new ManualResetEventSlim();
        using var writer = new DeferredWriter(() =>
        {
            opened.Wait();
            return console;
        });

        var writing = Task.Run(() =>
        {
            writer.Write("Built ");
            writer.Write('1');
            writer.Write(" page".AsSpan());
            writer.WriteLine(" into public");
            writer.WriteLine($"{2} warnings");
            writer.Flush();
        });
        Assert.NotSame(writing, await Task.WhenAny(writing, Task.Delay(50))); // waits for the writer
        opened.Set();
        await writing;

        Assert.Equal("Built 1 page into public\n2 warnings\n", console.ToString());
    }
}
