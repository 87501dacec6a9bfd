using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Engine;

// The Gunyah hypercalls a guest makes (gunyah-rm.md §6.1–§6.4), in both conventions: the native one (the call number
// in the HVC immediate 0x6000..0x61FF, arguments from X0, X0 the error and results from X1) and SMCCC (HVC #0 with
// W0 = 0xC6008000 | number: arguments from X1, X0 the error, results from X1). Capability ids are the guest's own.
// Message buffers are guest addresses (the MMU is off: IPAs); a buffer the guest cannot access is ADDR_INVALID.
public sealed partial class A64Interpreter
{
    /// <summary>The SMCCC function id base of Gunyah's hypercalls: fast call, SMC64, owner vendor hypervisor.</summary>
    public const uint GunyahSmcccBase = 0xC600_8000;

    /// <summary>hypervisor_identify's api_info: API version 1, 64-bit, little-endian, variant Gunyah (0x48).</summary>
    public const ulong GunyahApiInfo = 1 | (1UL << 15) | (0x48UL << 56);

    /// <summary>The maximum message size the hypervisor allows (a queue's is at most this).</summary>
    private const int MaxMessage = 1024;

    /// <summary>The guest's hypercalls to the hypervisor (its VM's capability space); without them every Gunyah
    /// hypercall returns UNIMPLEMENTED.</summary>
    public IHypercalls? GuestHypercalls { get; set; }

    private bool GunyahHypercall(uint number, int first)
    {
        ulong A(int n) => x[first + n];
        HypError error;
        switch (number)
        {
            case 0x6000: // hypervisor_identify: X0 is the api_info itself, X1 the feature flags (doorbell, msgqueue, vcpu).
                x[0] = GunyahApiInfo;
                x[1] = (1UL << 1) | (1UL << 2) | (1UL << 5);
                x[2] = x[3] = 0;
                return true;
            case 0x6012 when GuestHypercalls is { } h:
                error = h.DoorbellSend(A(0), A(1), out var previous);
                x[1] = previous;
                break;
            case 0x6013 when GuestHypercalls is { } h:
                error = h.DoorbellReceive(A(0), A(1), out var before);
                x[1] = before;
                break;
            case 0x6014 when GuestHypercalls is { } h:
                error = h.DoorbellReset(A(0));
                break;
            case 0x6015 when GuestHypercalls is { } h:
                error = h.DoorbellMask(A(0), A(1), A(2));
                break;
            case 0x601B when GuestHypercalls is { } h:
                error = MessageQueueSend(h, A(0), A(1), A(2), (A(3) & 1) != 0);
                break;
            case 0x601C when GuestHypercalls is { } h:
                error = MessageQueueReceive(h, A(0), A(1), A(2));
                break;
            case 0x601D when GuestHypercalls is { } h:
                error = h.MessageQueueFlush(A(0));
                break;
            default:
                error = HypError.Unimplemented;
                break;
        }

        x[0] = unchecked((ulong)(long)error);
        return true;
    }

    private HypError MessageQueueSend(IHypercalls h, ulong cap, ulong size, ulong buffer, bool push)
    {
        if (size is 0 or > MaxMessage)
            return HypError.ArgumentSize;
        Span<byte> message = stackalloc byte[(int)size];
        if (!bus.TryRead(buffer, message))
            return HypError.AddressInvalid;
        var error = h.MessageQueueSend(cap, message, push, out var notFull);
        x[1] = notFull ? 1UL : 0;
        return error;
    }

    // The message is taken from the queue before it is written to the guest: an unwritable buffer loses it (the
    // hypervisor checks the buffer first; here it is the guest's own fault either way, and the call says so).
    private HypError MessageQueueReceive(IHypercalls h, ulong cap, ulong buffer, ulong maxSize)
    {
        Span<byte> message = stackalloc byte[MaxMessage];
        var room = (int)Math.Min(maxSize, MaxMessage);
        var error = h.MessageQueueReceive(cap, message[..room], out var size, out var notEmpty);
        x[1] = error == HypError.Ok ? (ulong)size : 0;
        x[2] = notEmpty ? 1UL : 0;
        if (error == HypError.Ok && size > 0 && !bus.TryWrite(buffer, message[..size]))
            return HypError.AddressInvalid;
        return error;
    }
}
