using Gunyah.Sdk.Kernel.Handles;

namespace Gunyah.Sdk.Vmm;

/// <summary>Guest memory: user regions (v6, v10, android*) and guest memory file bindings (v17, android15-6.6).</summary>
public sealed partial class GunyahVm
{
    /// <summary>
    /// SET_USER_MEM_REGION (shared), or for <see cref="MemorySharing.Lend"/> the generation's lend: the LENT flag
    /// (v6, v10) or the Android LEND_USER_MEM ioctl. Needs <see cref="VmCapabilities.UserMemoryRegions"/> (and
    /// <see cref="VmCapabilities.UserMemoryLend"/> to lend). The kernel checks alignment, overlap and labels.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Size is 0 (v6/v10 would read that as "delete").</exception>
    public void SetUserMemoryRegion(in UserMemoryRegion region)
    {
        if (region.Size == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(region), "A region's size is never 0; use DeleteUserMemoryRegion to delete one.");
        }

        // Lending needs both: a generation without regions reports the two it lacks, not only the first.
        if (region.Sharing == MemorySharing.Lend)
        {
            Abi.Require(VmCapabilities.UserMemoryRegions | VmCapabilities.UserMemoryLend, "Lending user memory");
        }
        else
        {
            Abi.Require(VmCapabilities.UserMemoryRegions, "SET_USER_MEM_REGION");
        }

        Check(Abi.SetUserMemoryRegion(Handle, in region));
    }

    /// <summary>Gives <paramref name="memory"/> to the VM as user region <paramref name="label"/>.</summary>
    public void AddUserMemory(uint label, GuestMemory memory, MemoryAccess access = MemoryAccess.ReadWriteExecute, MemorySharing sharing = MemorySharing.Share)
    {
        ArgumentNullException.ThrowIfNull(memory);
        SetUserMemoryRegion(memory.ToRegion(label, access, sharing));
    }

    /// <summary>Deletes the region with <paramref name="label"/> (SET_USER_MEM_REGION with memory_size 0; v6 and
    /// v10 only — later generations have no way to remove a region).</summary>
    public void DeleteUserMemoryRegion(uint label) => Check(Abi.DeleteUserMemoryRegion(Handle, label));

    /// <summary>MAP_MEM: binds a range of a guest memory file at a guest address (needs <see cref="VmCapabilities.MapMemory"/>).</summary>
    public void MapMemory(KernelFileHandle file, in GuestMemoryBinding binding)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var lease = file.LeaseFd();
        Check(Abi.MapMemory(Handle, lease.Fd, in binding, unmap: false));
    }

    /// <summary>MAP_MEM of a guest memory file made by <see cref="GunyahDevice.CreateGuestMemory"/>.</summary>
    public void MapMemory(GuestMemoryFile file, in GuestMemoryBinding binding)
    {
        ArgumentNullException.ThrowIfNull(file);
        MapMemory(file.Handle, in binding);
    }

    /// <summary>MAP_MEM with UNMAP: removes (or trims at either end) a binding made with the same flags.</summary>
    public void UnmapMemory(KernelFileHandle file, in GuestMemoryBinding binding)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var lease = file.LeaseFd();
        Check(Abi.MapMemory(Handle, lease.Fd, in binding, unmap: true));
    }

    /// <summary>MAP_MEM with UNMAP for a guest memory file.</summary>
    public void UnmapMemory(GuestMemoryFile file, in GuestMemoryBinding binding)
    {
        ArgumentNullException.ThrowIfNull(file);
        UnmapMemory(file.Handle, in binding);
    }
}
