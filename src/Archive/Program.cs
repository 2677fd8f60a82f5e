using System.Reflection;
using Archive.Cli.Commands;

namespace Archive.Cli;

/// <summary>Parses the command line and hands over to a command; nothing else happens here.</summary>
internal static class Program
{
    private static int Main(string[] args) => Run(args, new DeferredWriter(() => Console.Out), new DeferredWriter(() => Console.Error), ownsProcess: true);

    /// <param name="ownsProcess">Run as the process itself rather than inside another (the tests): see <see cref="BuildCommand.Run"/>.</param>
    internal static int Run(string[] args, TextWriter output, TextWriter error, bool ownsProcess = false)
    {
        var line = CommandLine.Parse(args);
        if (line.Error is not null)
        {
            error.WriteLine($"error: {line.Error}");
            error.WriteLine(line.Usage);
            return ExitCodes.Usage;
        }

        try
        {
            return line.Command switch
            {
                "build" => BuildCommand.Run(line, output, error, ownsProcess),
                "check" => CheckCommand.Run(line, output, error, ownsProcess),
                "inspect" => InspectCommand.Run(line, output, error),
                "serve" => ServeCommand.Run(line, output, error),
                "new" => NewCommand.Run(line, output, error),
                "init" => InitCommand.Run(line, output, error),
                "version" => Print(output, Assembly.GetExecutingAssembly().GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0"),
                _ => Print(output, line.Usage),
            };
        }
        catch (Exception e) when (DiskFault(e) is { } disk)
        {
            // The disk, not the archive: say what failed, without a stack trace unless asked.
            error.WriteLine($"error: {disk.Message}");
            if (line.Verbose)
            {
                error.WriteLine(e);
            }

            return ExitCodes.ContentErrors;
        }
        catch (Exception e) when (!line.Verbose)
        {
            // A fault of the tool itself: one line for the editor; --verbose shows the details for a bug report.
            error.WriteLine($"error: {line.Command} stopped unexpectedly: {e.Message} (run again with --verbose for details)");
            return ExitCodes.ContentErrors;
        }
    }

    /// <summary>
    /// The failure of the disk behind <paramref name="e"/>, if that is what it is: the build works on all cores, so a
    /// full disk met while writing pages arrives wrapped, once per thread that met it.
    /// </summary>
    internal static Exception? DiskFault(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException many when many.Flatten().InnerExceptions is [var first, ..] inner && inner.All(i => DiskFault(i) is not null) => first,
        _ => null,
    };

    private static int Print(TextWriter output, string text)
    {
        output.WriteLine(text);
        return ExitCodes.Success;
    }
}
