using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.ResourceManager.Protocol;
using MapArgs = Gunyah.Sdk.Uapi.V17.GunyahMapMemArgs;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>A MAP_MEM binding: a range of a guest memory file at a guest address.</summary>
internal sealed class GuestBinding(GuestMemFile file, ulong guestAddress, ulong offset, ulong size, uint flags, bool lend, bool writable)
{
    public GuestMemFile File { get; } = file;

    public ulong GuestAddress { get; set; } = guestAddress;

    public ulong Offset { get; set; } = offset;

    public ulong Size { get; set; } = size;

    /// <summary>The MAP_MEM flags it was made with (UNMAP must name the same).</summary>
    public uint Flags { get; } = flags;

    public bool Lend { get; } = lend;

    public bool Writable { get; } = writable;

    public bool Contains(ulong address, ulong size) => address >= GuestAddress && address - GuestAddress <= Size && size <= Size - (address - GuestAddress);
}

/// <summary>MAP_MEM (v17, android15-6.6) and the lookups START and page faults make in the bindings.</summary>
internal sealed partial class VmFile
{
    private const ulong HugePageSize = 2 * 1024 * 1024;
    private readonly List<GuestBinding> bindings = [];

    /// <summary>MAP_MEM, and MAP_MEM with UNMAP, with the generation's flag values (§6.2, §7).</summary>
    public int MapMemory(nint argument)
    {
        if (!UserMemory.TryRead<MapArgs>(argument, out var args))
        {
            return -Errno.EFAULT;
        }

        var v17 = Generation.Id == GenerationId.V17;
        uint rwx = v17 ? 0x70u : 0x7u, accessMask = v17 ? 0x7u : 0x70u, forceLend = v17 ? 1u : 0x10u, forceShare = v17 ? 2u : 0x20u;
        const uint unmapFlag = 0x100;
        var file = ReferenceKernel.IsVirtual((int)args.GuestMemFd) ? Driver.Kernel.Find((int)args.GuestMemFd) as GuestMemFile : null;
        var access = args.Flags & accessMask;
        if (file is null || (args.Flags & ~(rwx | unmapFlag | accessMask)) != 0 || (args.Flags & rwx) == 0
            || (access != 0 && access != forceLend && access != forceShare))
        {
            return -Errno.EINVAL;
        }

        var alignment = file.HugePages ? HugePageSize : UserMemory.PageSize;
        if (args.Size == 0 || ((args.GuestAddr | args.Offset | args.Size) & (alignment - 1)) != 0
            || args.GuestAddr + args.Size < args.GuestAddr || args.Offset + args.Size < args.Offset || args.Offset + args.Size > file.Size)
        {
            return -Errno.EINVAL;
        }

        lock (Gate)
        {
            if ((args.Flags & unmapFlag) != 0)
            {
                return Unmap(file, args.Flags & ~unmapFlag, args.GuestAddr, args.Offset, args.Size);
            }

            foreach (var other in bindings)
            {
                if ((ReferenceEquals(other.File, file) && Overlaps(other.Offset, other.Size, args.Offset, args.Size))
                    || Overlaps(other.GuestAddress, other.Size, args.GuestAddr, args.Size))
                {
                    return -Errno.EEXIST;
                }
            }

            if (regions.Exists(r => Overlaps(r.GuestAddress, r.Size, args.GuestAddr, args.Size)))
            {
                return -Errno.EEXIST;
            }

            var writable = (args.Flags & (v17 ? 0x20u : 0x2u)) != 0;
            file.Retain();
            bindings.Add(new GuestBinding(file, args.GuestAddr, args.Offset, args.Size, args.Flags, access != forceShare, writable));
            return 0;
        }
    }

    /// <summary>What a page fault at <paramref name="address"/> finds: null when nothing is bound there, else
    /// whether the binding allows writes.</summary>
    public bool? FindBacking(ulong address)
    {
        lock (Gate)
        {
            if (bindings.Find(b => b.Contains(address, 1)) is { } binding)
            {
                return binding.Writable;
            }

            return FindRegion(address, 1) is { } region ? (region.Access & 2) != 0 : null;
        }
    }

    private int Unmap(GuestMemFile file, uint flags, ulong guestAddress, ulong offset, ulong size)
    {
        var binding = bindings.Find(b => ReferenceEquals(b.File, file) && b.Flags == flags && b.Contains(guestAddress, size)
            && offset - b.Offset == guestAddress - b.GuestAddress);
        if (binding is null)
        {
            return -Errno.ENOENT;
        }

        if (guestAddress == binding.GuestAddress && size == binding.Size)
        {
            bindings.Remove(binding);
            file.Drop();
        }
        else if (guestAddress == binding.GuestAddress)
        {
            binding.GuestAddress += size;
            binding.Offset += size;
            binding.Size -= size;
        }
        else if (guestAddress + size == binding.GuestAddress + binding.Size)
        {
            binding.Size -= size;
        }
        else
        {
            return -Errno.EINVAL;
        }

        return 0;
    }

    // The host address of [address, address + size): a user region's own memory, or a fresh shared mapping of the
    // bound guest memory file (kept until teardown). Null when no one region or binding holds all of it.
    private ulong? HostAddressOf(ulong address, ulong size)
    {
        if (FindRegion(address, size) is { } region)
        {
            return region.UserAddress + (address - region.GuestAddress);
        }

        if (bindings.Find(b => b.Contains(address, size)) is not { } binding)
        {
            return null;
        }

        var mapped = Driver.Real.Mmap(0, (nuint)size, MemoryProtection.ReadWrite, MapFlags.Shared, binding.File.Memfd, (long)(binding.Offset + (address - binding.GuestAddress)));
        if (mapped < 0 && mapped > -4096)
        {
            return null;
        }

        dtbMapping = (mapped, (nuint)size);
        return (ulong)mapped;
    }

    private GhRmVmAddrRange[] LentRanges()
    {
        var ranges = new List<GhRmVmAddrRange>();
        foreach (var binding in bindings)
        {
            if (binding.Lend)
            {
                ranges.Add(new GhRmVmAddrRange { Base = binding.GuestAddress, Size = binding.Size });
            }
        }

        foreach (var region in regions)
        {
            if (region.Lend)
            {
                ranges.Add(new GhRmVmAddrRange { Base = region.GuestAddress, Size = region.Size });
            }
        }

        return [.. ranges];
    }

    private void ReleaseBindings()
    {
        foreach (var binding in bindings)
        {
            binding.File.Drop();
        }

        bindings.Clear();
    }
}
