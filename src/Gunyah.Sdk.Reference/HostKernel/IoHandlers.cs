using System.Buffers.Binary;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>An ioeventfd's in-kernel MMIO write handler: the address, the length (0 = any) and the optional datamatch.</summary>
internal sealed record IoHandler(ulong Address, uint Length, ulong? DataMatch, int EventFd)
{
    public bool Matches(ulong address, uint length, ulong value) =>
        address == Address && (Length == 0 || Length == length) && (DataMatch is not { } match || match == value);

    /// <summary>The kernel's "identical handler" test: same address, lengths equal (or either 0), datamatch equal
    /// when both have one.</summary>
    public bool SameAs(IoHandler other) =>
        other.Address == Address && (other.Length == Length || other.Length == 0 || Length == 0)
        && (other.DataMatch is not { } a || DataMatch is not { } b || a == b);
}

/// <summary>A VM's MMIO write handlers, offered each MMIO write exit before the VMM sees it.</summary>
internal sealed class IoHandlerTable
{
    private readonly List<IoHandler> handlers = [];
    private readonly Lock gate = new();

    /// <summary>0, or -EEXIST for an identical handler.</summary>
    public int Add(IoHandler handler)
    {
        lock (gate)
        {
            if (handlers.Exists(h => h.SameAs(handler)))
            {
                return -Errno.EEXIST;
            }

            handlers.Add(handler);
            return 0;
        }
    }

    public void Remove(IoHandler handler)
    {
        lock (gate)
        {
            handlers.Remove(handler);
        }
    }

    /// <summary>Signals the eventfd of the first handler matching the write through the real kernel; false when none
    /// takes it.</summary>
    public bool TryHandle(Kernel.IKernel real, ulong address, uint length, ulong value)
    {
        IoHandler? found = null;
        lock (gate)
        {
            foreach (var handler in handlers) // A loop, not Find(lambda): this runs on every MMIO write exit.
            {
                if (handler.Matches(address, length, value))
                {
                    found = handler;
                    break;
                }
            }
        }

        if (found is null)
        {
            return false;
        }

        Span<byte> one = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(one, 1);
        real.Write(found.EventFd, one);
        return true;
    }
}
