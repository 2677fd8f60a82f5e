using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Net.Http.Headers;

namespace Archive.Cli.Serving;

/// <summary>
/// The preview of an archive: builds it into a temporary folder, serves that folder with Kestrel, rebuilds on every
/// change and tells open tabs. Runs until the token given to <see cref="StartAsync"/> is cancelled or it is disposed;
/// then it finishes a build under way, stops serving and deletes the temporary folder.
/// </summary>
internal sealed class ArchiveServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SiteFolders _folders;
    private readonly CancellationTokenSource _stop;
    private int _disposed;

    private ArchiveServer(WebApplication app, SiteFolders folders, Uri address, CancellationTokenSource stop)
    {
        (_app, _folders, Address, _stop) = (app, folders, address, stop);
    }

    /// <summary>Where the preview is served, with the port actually bound.</summary>
    public Uri Address { get; }

    /// <summary>The temporary folder holding every build; gone once <see cref="Completion"/> has finished.</summary>
    public string WorkFolder => _folders.Work;

    /// <summary>The folder of the build being served.</summary>
    public string SiteFolder => _folders.Served;

    /// <summary>Finishes when the server has stopped and cleaned up.</summary>
    public Task Completion { get; private set; } = Task.CompletedTask;

    /// <summary>Listens, builds once, and returns while serving; fails (an <see cref="IOException"/>) when the address is taken.</summary>
    public static async Task<ArchiveServer> StartAsync(ServeOptions options, TextWriter output, TextWriter error, CancellationToken stop)
    {
        (output, error) = (TextWriter.Synchronized(output), TextWriter.Synchronized(error));
        var folders = new SiteFolders(options.Root);
        var builder = new PreviewBuilder(options, folders, output, error);
        var rebuilds = new Rebuilds(Rebuilds.Quiet);
        var stopping = CancellationTokenSource.CreateLinkedTokenSource(stop);
        WebApplication? app = null;
        ArchiveWatcher? watcher = null;
        try
        {
            app = Create(options, folders, builder.Events, stopping.Token);
            await app.StartAsync(CancellationToken.None);

            // Watching starts before the first build, so a file saved while it runs leads to another build.
            watcher = new ArchiveWatcher(options.Root, rebuilds.Changed);
            await Task.Run(() => builder.Build([]), CancellationToken.None);
            var server = new ArchiveServer(app, folders, new Uri(app.Urls.First()), stopping);
            server.Completion = server.RunAsync(rebuilds, builder, watcher);
            return server;
        }
        catch
        {
            watcher?.Dispose();
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            folders.Dispose();
            stopping.Dispose();
            throw;
        }
    }

    /// <summary>Stops the server if it still runs and waits until it has cleaned up.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        await Completion;
        _stop.Dispose();
    }

    private static WebApplication Create(ServeOptions options, SiteFolders folders, BuildEvents events, CancellationToken stopping)
    {
        // The empty builder: no configuration files, environment variables or logging of its own; the command prints.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = folders.Work });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(options.Address, options.Port));
        // The command, not the host, decides when to stop: Ctrl+C is its to handle, and tests run servers side by side.
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        var app = builder.Build();

        app.Use((context, next) =>
        {
            // Every build replaces the files, and the overlay depends on the latest build rather than on the file:
            // nothing may come from a cache.
            context.Request.Headers.Remove(HeaderNames.IfModifiedSince);
            context.Request.Headers.Remove(HeaderNames.IfNoneMatch);
            context.Response.Headers.CacheControl = "no-store";
            return next(context);
        });
        app.Use(next => new LiveReload(next, events, stopping).InvokeAsync);
        app.Use(next => new HtmlInjection(next, events).InvokeAsync);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = folders });
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".html"] = "text/html; charset=utf-8";
        app.UseStaticFiles(new StaticFileOptions { FileProvider = folders, ContentTypeProvider = types, ServeUnknownFileTypes = true });
        app.Run(new NotFoundPage(folders).InvokeAsync);
        return app;
    }

    private async Task RunAsync(Rebuilds rebuilds, PreviewBuilder builder, ArchiveWatcher watcher)
    {
        try
        {
            await rebuilds.RunAsync(builder.Build, _stop.Token);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        finally
        {
            watcher.Dispose();
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
            _folders.Dispose();
        }
    }
}
