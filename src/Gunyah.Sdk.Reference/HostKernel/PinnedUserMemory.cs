using Gunyah.Sdk.Kernel;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>
/// Page pinning for user memory regions. Linux pins a region's pages when the VM takes them, so a VMM that
/// munmaps them early only loses its own view: the pages stay with the VM until the region is released. Here the
/// VM's "physical" pages are this process's own, so a munmap through the seam that touches a pinned range is
/// held back and done when the last pin on it goes. Thread-safe.
/// </summary>
/// <remarks>
/// A held-back range stays mapped in this process until then (the real kernel would remove the VMM's view at
/// once); a range that only partly overlaps a pin is held back whole.
/// </remarks>
internal sealed class PinnedUserMemory(IKernel real)
{
    private readonly Lock gate = new();
    private readonly List<(ulong Start, ulong End)> pins = [];
    private readonly List<(nint Address, nuint Length)> heldBack = [];

    /// <summary>munmap calls held back now.</summary>
    public int HeldBackCount
    {
        get
        {
            lock (gate)
            {
                return heldBack.Count;
            }
        }
    }

    /// <summary>Pins [address, address + length) (the caller checked it is mapped).</summary>
    public void Pin(ulong address, ulong length)
    {
        lock (gate)
        {
            pins.Add((address, address + length));
        }
    }

    /// <summary>Drops one pin of exactly [address, address + length) and performs every held-back munmap no pin
    /// overlaps any more.</summary>
    public void Unpin(ulong address, ulong length)
    {
        List<(nint Address, nuint Length)>? due = null;
        lock (gate)
        {
            var index = pins.IndexOf((address, address + length));
            if (index < 0)
            {
                return;
            }

            pins.RemoveAt(index);
            for (var i = heldBack.Count - 1; i >= 0; i--)
            {
                var (start, size) = heldBack[i];
                if (!OverlapsPinLocked((ulong)start, (ulong)size))
                {
                    (due ??= []).Add(heldBack[i]);
                    heldBack.RemoveAt(i);
                }
            }
        }

        foreach (var (start, size) in due ?? [])
        {
            real.Munmap(start, size);
        }
    }

    /// <summary>munmap through the seam: held back (0) when it touches a pinned range; otherwise the real call.
    /// Arguments munmap refuses are refused as it does (EINVAL).</summary>
    public int Munmap(nint address, nuint length)
    {
        if (length == 0 || !UserMemory.IsPageAligned((ulong)address))
        {
            return -Errno.EINVAL;
        }

        lock (gate)
        {
            if (OverlapsPinLocked((ulong)address, length))
            {
                heldBack.Add((address, length));
                return 0;
            }
        }

        return real.Munmap(address, length);
    }

    private bool OverlapsPinLocked(ulong start, ulong length)
    {
        var end = start + length;
        foreach (var (pinStart, pinEnd) in pins)
        {
            if (start < pinEnd && pinStart < end)
            {
                return true;
            }
        }

        return false;
    }
}
