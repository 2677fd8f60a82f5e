using Microsoft.AspNetCore.Http;

namespace Archive.Cli.Serving;

/// <summary>
/// A response body that holds back a page (a GET answered with HTML, found or not found) so the server can add its
/// markup, and passes everything else straight through. It decides at the first write or flush, when the status and
/// the content type are set.
/// </summary>
internal sealed class HtmlCapture(HttpResponse response, Stream inner) : Stream
{
    private MemoryStream? _page;
    private Stream? _target;

    /// <summary>The page held back, or null when the response was not a page.</summary>
    public ArraySegment<byte>? Page => _page is null ? null : new(_page.GetBuffer(), 0, (int)_page.Length);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    private Stream Target => _target ??= IsPage(response) ? _page = new MemoryStream() : inner;

    public static bool IsPage(HttpResponse response) =>
        HttpMethods.IsGet(response.HttpContext.Request.Method) &&
        response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status404NotFound &&
        response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;

    public override void Write(byte[] buffer, int offset, int count) => Target.Write(buffer, offset, count);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Target.WriteAsync(buffer, offset, count, cancellationToken);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        Target.WriteAsync(buffer, cancellationToken);

    public override void Flush() => Target.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => Target.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _page?.Dispose();
        }

        base.Dispose(disposing);
    }
}
