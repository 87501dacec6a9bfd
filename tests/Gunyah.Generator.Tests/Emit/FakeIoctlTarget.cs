using Gunyah.Interop;

namespace Gunyah.Generator.Tests.Emit;

/// <summary>Records what a typed client passes and plays the kernel: copies bytes out of and into the argument.</summary>
internal sealed unsafe class FakeIoctlTarget : IIoctlTarget
{
    public uint Request { get; private set; }

    public nint Argument { get; private set; }

    /// <summary>How many bytes to capture from the argument address (0: treat it as an integer).</summary>
    public int CaptureSize { get; init; }

    public byte[] Captured { get; private set; } = [];

    /// <summary>Bytes the "kernel" writes back to the argument address.</summary>
    public byte[]? Reply { get; init; }

    public int Result { get; init; }

    public int Ioctl(uint request, nint argument)
    {
        Request = request;
        Argument = argument;
        if (CaptureSize > 0)
        {
            Captured = new ReadOnlySpan<byte>((void*)argument, CaptureSize).ToArray();
        }

        Reply?.CopyTo(new Span<byte>((void*)argument, Reply.Length));
        return Result;
    }
}
