using System.Buffers;
using System.Buffers.Binary;
using Gunyah.Sdk.ResourceManager.Framing;

namespace Gunyah.Sdk.ResourceManager.Server;

/// <summary>
/// Where a service writes its reply payload: a pooled buffer that keeps its first 4 bytes free for the RM error
/// word, so the finished reply (error word + data) is framed straight from it without a copy. One per client,
/// reused for every reply.
/// </summary>
internal sealed class RmReplyWriter : IBufferWriter<byte>, IDisposable
{
    private const int InitialSize = 256;

    // A reply can never exceed MaxPayload; a buffer that a misbehaving service blew far past that is given back.
    private const int KeepLimit = RmWire.MaxPayload * 2;

    private byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int position = RmWire.ErrorWordSize;

    /// <summary>Reply data bytes written so far (the error word not included).</summary>
    public int WrittenCount => position - RmWire.ErrorWordSize;

    /// <summary>The backing array; valid until the next write or <see cref="Reset"/>.</summary>
    public byte[] Buffer => buffer;

    public void Reset()
    {
        if (buffer.Length > KeepLimit)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
        }

        position = RmWire.ErrorWordSize;
    }

    /// <summary>
    /// Writes <paramref name="status"/> in front of the data and returns the reply payload's length. With a non-OK
    /// status the data is what the service chose to send after the error word — empty for most calls, the
    /// hypervisor's error code for the few calls where the RM appends it.
    /// </summary>
    public int Seal(uint status)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(buffer, status);
        return position;
    }

    public void Advance(int count)
    {
        if (count < 0 || count > buffer.Length - position)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Advanced past the memory handed out.");
        }

        position += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsMemory(position);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsSpan(position);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    private void Ensure(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (buffer.Length - position >= sizeHint)
        {
            return;
        }

        var grown = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, position + sizeHint));
        buffer.AsSpan(0, position).CopyTo(grown);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = grown;
    }
}
