namespace Gunyah.Sdk.Tests.Vmm.Fakes;

/// <summary>What a <see cref="RecordingKernel"/> was asked to do.</summary>
internal enum KernelEventKind
{
    Open,
    Ioctl,
    Mmap,
    Munmap,
    Close,
    CurrentThreadId,
    InterruptThread,
}

/// <summary>
/// One call into a <see cref="RecordingKernel"/>, in the order it arrived. <see cref="Fd"/> is the fd the call
/// named (or the thread id for the thread calls), <see cref="FdKind"/> what the kernel knew that fd as
/// (<c>device</c>, <c>vm</c>, <c>vcpu</c>, <c>guest_mem</c>, <c>eventfd</c>, <c>memfd</c>, or <c>unknown</c>).
/// </summary>
internal sealed record KernelEvent(KernelEventKind Kind, int Fd, string? FdKind, nint Address = 0, nuint Length = 0);

/// <summary>
/// One ioctl as the fake kernel saw it: the argument bytes copied at the call (as many as the request encodes),
/// and for ADD/REMOVE_FUNCTION also the bytes the descriptor's <c>arg</c> pointer pointed at (<c>arg_size</c> long).
/// </summary>
internal sealed record IoctlRecord(int Fd, string FdKind, uint Request, nint Argument, byte[] Bytes, byte[]? FunctionArgument, int Result);

/// <summary>The ioctl a <see cref="IoctlResponder"/> answers.</summary>
internal readonly record struct IoctlCall(RecordingKernel Kernel, int Fd, string FdKind, uint Request, nint Argument);

/// <summary>Answers one ioctl of a <see cref="RecordingKernel"/>: a result, or -errno.</summary>
internal delegate int IoctlResponder(in IoctlCall call);
