using System.Buffers;

namespace DanVan.Bot.Hosting;

/// <summary>
/// A growable in-memory stream on a buffer rented from <see cref="ArrayPool{T}.Shared"/>, returned on dispose: the
/// request edge reads a bounded body into one and serializes the invoke response into another, so a turn allocates
/// no body-sized arrays of its own.
/// </summary>
internal sealed class PooledBufferStream : Stream
{
    private byte[] _buffer;
    private int _length;
    private int _position;

    public PooledBufferStream(int initialCapacity) => _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

    /// <summary>
    /// Reads <paramref name="source"/> to its end, or stops as soon as it holds more than <paramref name="maxBytes"/>
    /// (then returns false, having read at most one buffer past the limit).
    /// </summary>
    public async Task<bool> TryFillAsync(Stream source, int maxBytes, CancellationToken ct)
    {
        while (true)
        {
            if (_length == _buffer.Length) Grow(_length + 1);
            var read = await source.ReadAsync(_buffer.AsMemory(_length), ct);
            if (read == 0) return true;
            _length += read;
            if (_length > maxBytes) return false;
        }
    }

    /// <summary>What was written or filled so far.</summary>
    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _length);

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> destination)
    {
        var n = Math.Min(destination.Length, _length - _position);
        _buffer.AsSpan(_position, n).CopyTo(destination);
        _position += n;
        return n;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> source)
    {
        if (_length + source.Length > _buffer.Length) Grow(_length + source.Length);
        source.CopyTo(_buffer.AsSpan(_length));
        _length += source.Length;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    private void Grow(int needed)
    {
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            _length = _position = 0;
        }
        base.Dispose(disposing);
    }
}
