using Gunyah.Interop;

namespace Gunyah.Sdk.Tests.Uapi;

/// <summary>
/// An ioctl target that records each call, copying the argument bytes when the request encodes a size
/// (otherwise the argument is an integer, not an address), and answers a fixed result.
/// </summary>
internal sealed unsafe class RecordingIoctlTarget(int result) : IIoctlTarget
{
    public List<(uint Request, nint Argument, byte[] Bytes)> Calls { get; } = [];

    public int Ioctl(uint request, nint argument)
    {
        // asm-generic encoding: 14 size bits at bit 16.
        var size = (int)((request >> 16) & 0x3fff);
        var bytes = size > 0 ? new ReadOnlySpan<byte>((void*)argument, size).ToArray() : [];
        Calls.Add((request, argument, bytes));
        return result;
    }
}
