using System.IO.Hashing;

namespace Archive.Writing;

/// <summary>
/// A write-only stream into a file that hashes what passes through it and reports the hash when closed. The file ends
/// where the writing ended: one written over (see <see cref="SpareFiles"/>) loses whatever of its older content is left.
/// </summary>
internal sealed class HashingStream(FileStream file, Action<ContentHash> closed) : Stream
{
    private readonly XxHash128 _hash = new();
    private bool _closed;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => file.Length;

    public override long Position
    {
        get => file.Position;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.Append(buffer);
        file.Write(buffer);
    }

    public override void Flush() => file.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_closed)
        {
            _closed = true;
            if (file.Length > file.Position)
            {
                file.SetLength(file.Position);
            }

            file.Dispose();
            closed(ContentHash.Of(_hash));
        }

        base.Dispose(disposing);
    }
}
