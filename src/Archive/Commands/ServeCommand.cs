using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using Archive.Cli.Serving;
using Microsoft.AspNetCore.Connections;

namespace Archive.Cli.Commands;

/// <summary>
/// <c>archive serve</c>: previews the archive on this machine while an editor works on it, until Ctrl+C. The archive's
/// own output folder is never touched.
/// </summary>
internal static class ServeCommand
{
    public const int DefaultPort = 8080;

    public static int Run(CommandLine line, TextWriter output, TextWriter error)
    {
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler interrupt = (_, e) =>
        {
            // Stop cleanly rather than be killed, so the temporary folder is deleted; a second Ctrl+C, while a long
            // build is being finished, ends the process at once.
            e.Cancel = !stop.IsCancellationRequested;
            stop.Cancel();
        };
        Console.CancelKeyPress += interrupt;
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        try
        {
            return RunAsync(line, output, error, stop.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= interrupt;
        }
    }

    /// <summary>Serves until <paramref name="stop"/> is cancelled, then exits 0.</summary>
    internal static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken stop)
    {
        if (!TryReadAddress(line, out var address, out var port, out var problem))
        {
            error.WriteLine($"error: {problem}");
            error.WriteLine(line.Usage);
            return ExitCodes.Usage;
        }

        var root = ArchiveLocator.Find(line.Source, error);
        if (root is null)
        {
            return ExitCodes.ContentErrors;
        }

        ArchiveServer server;
        try
        {
            server = await ArchiveServer.StartAsync(new ServeOptions(root, address, port, line.Drafts, line.Verbose), output, error, stop);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            error.WriteLine($"error: {address}:{port} is in use by another program; choose another --port");
            return ExitCodes.ContentErrors;
        }

        await using (server)
        {
            if (!stop.IsCancellationRequested)
            {
                output.WriteLine($"Serving {root} at {server.Address} (press Ctrl+C to stop)");
                if (!IPAddress.IsLoopback(address))
                {
                    output.WriteLine($"note: {address} may be reachable from other machines: they can read everything this preview shows");
                }
            }

            await server.Completion;
        }

        output.WriteLine("Stopped.");
        return ExitCodes.Success;
    }

    private static bool TryReadAddress(CommandLine line, out IPAddress address, out int port, out string? problem)
    {
        (address, port, problem) = (IPAddress.Loopback, DefaultPort, null);
        if (line.Port is { } text && !(int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= IPEndPoint.MaxPort))
        {
            problem = $"--port must be a number from 0 to {IPEndPoint.MaxPort}, not '{text}'";
            return false;
        }

        if (line.Host is { } host && host != "localhost" && !IPAddress.TryParse(host, out address!))
        {
            problem = $"--host must be an IP address such as 127.0.0.1 or 0.0.0.0, or localhost; not '{host}'";
            return false;
        }

        return true;
    }
}
