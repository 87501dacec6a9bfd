using System.Buffers.Binary;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Handles;

namespace Gunyah.Sdk.Vmm;

/// <summary>
/// An eventfd: the counter irqfds read (the VMM signals, the guest gets an interrupt) and ioeventfds write (the
/// guest writes an address, the VMM is woken). Owns its fd.
/// </summary>
public sealed class EventFd : IDisposable
{
    private EventFd(EventFdHandle handle) => Handle = handle;

    /// <summary>The owned fd.</summary>
    public EventFdHandle Handle { get; }

    /// <summary>The fd number, as irqfd/ioeventfd arguments pass it.</summary>
    public int Fd => Handle.Fd;

    /// <summary>Creates an eventfd with <paramref name="initialValue"/>.</summary>
    /// <exception cref="GunyahException">eventfd failed.</exception>
    public static EventFd Create(IKernel kernel, uint initialValue = 0, EventFdFlags flags = EventFdFlags.CloseOnExec)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var fd = KernelCalls.Check(kernel.EventFd(initialValue, flags), "eventfd");
        return new EventFd(new EventFdHandle(kernel, fd));
    }

    /// <summary>Adds <paramref name="value"/> to the counter (write(2) of 8 bytes).</summary>
    public void Signal(ulong value = 1)
    {
        Span<byte> buffer = stackalloc byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64LittleEndian(buffer, value);
        KernelCalls.Check(Handle.Write(buffer), "write", Handle.FdKind);
    }

    /// <summary>Reads and resets the counter, blocking while it is 0 (unless the fd is non-blocking).</summary>
    public ulong Read() =>
        TryRead(out var value) ? value : throw new GunyahException(-Errno.EAGAIN, "read", Handle.FdKind, profile: null);

    /// <summary>Reads the counter if it is non-zero; false when a non-blocking read finds it 0 (EAGAIN).</summary>
    public bool TryRead(out ulong value)
    {
        Span<byte> buffer = stackalloc byte[sizeof(ulong)];
        var result = Handle.Read(buffer);
        if (result == -Errno.EAGAIN)
        {
            value = 0;
            return false;
        }

        KernelCalls.Check(result, "read", Handle.FdKind);
        value = BinaryPrimitives.ReadUInt64LittleEndian(buffer);
        return true;
    }

    /// <inheritdoc/>
    public void Dispose() => Handle.Dispose();
}
