using Gunyah.Sdk.Kernel;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>
/// An open file of the reference driver behind a virtual fd: the device, a VM, a vCPU or a guest memory file.
/// Each kind answers the calls its kernel file_operations would; what a kind lacks gets the VFS default errno.
/// </summary>
internal abstract class DriverFile
{
    protected DriverFile(HostDriver driver) => Driver = driver;

    /// <summary>The fd kind as the SDK names it (device, vm, vcpu, guest_mem).</summary>
    public abstract string Kind { get; }

    public HostDriver Driver { get; }

    /// <summary>unlocked_ioctl: the result, or -errno. The default is the ENOTTY of a file without one.</summary>
    public virtual int Ioctl(uint request, nint argument) => -Errno.ENOTTY;

    /// <summary>mmap: the address, or -errno (-ENODEV: no mmap for this file).</summary>
    public virtual nint Mmap(nint address, nuint length, MemoryProtection protection, MapFlags flags, long offset) => -Errno.ENODEV;

    /// <summary>fallocate: -EOPNOTSUPP unless the file has one.</summary>
    public virtual int Fallocate(FallocateMode mode, long offset, long length) => -Errno.EOPNOTSUPP;

    /// <summary>The last close of the fd (the file's release).</summary>
    public virtual void Release()
    {
    }
}

/// <summary>/dev/gunyah: CREATE_VM, and CREATE_GUEST_MEM in v17.</summary>
internal sealed class DeviceFile(HostDriver driver) : DriverFile(driver)
{
    public override string Kind => "device";

    public override int Ioctl(uint request, nint argument) =>
        Driver.Tables.Device.TryGetValue(request, out var handler) ? handler(this, argument) : -Errno.ENOTTY;

    /// <summary>CREATE_VM: the argument must be 0 (not checked in v6, whose CREATE_VM takes none).</summary>
    public int CreateVm(nint argument)
    {
        if (argument != 0 && Driver.Generation.Id != GenerationId.V6)
        {
            return -Errno.EINVAL;
        }

        var vm = new VmFile(Driver);
        if (Driver.Generation.AllocatesVmidAtCreate)
        {
            var allocated = vm.AllocateVmid();
            if (allocated < 0)
            {
                return allocated;
            }
        }

        return Driver.Kernel.Install(vm);
    }

    /// <summary>CREATE_GUEST_MEM (v17): a guest memory file backed by a real memfd.</summary>
    public unsafe int CreateGuestMem(nint argument)
    {
        if (!UserMemory.TryRead<Uapi.V17.GunyahCreateMemArgs>(argument, out var args))
        {
            return -Errno.EFAULT;
        }

        const ulong known = (ulong)(Uapi.V17.GunyahMemFlags.Cloexec | Uapi.V17.GunyahMemFlags.AllowHugepage);
        if (!UserMemory.IsPageAligned(args.Size) || (args.Flags & ~known) != 0 || args.Size > long.MaxValue)
        {
            return -Errno.EINVAL;
        }

        var memfd = Driver.Real.MemfdCreate("gh-gmem", MemfdFlags.CloseOnExec);
        if (memfd < 0)
        {
            return memfd;
        }

        var truncated = Driver.Real.Ftruncate(memfd, (long)args.Size);
        if (truncated < 0)
        {
            Driver.Real.Close(memfd);
            return truncated;
        }

        var hugePages = (args.Flags & (ulong)Uapi.V17.GunyahMemFlags.AllowHugepage) != 0;
        return Driver.Kernel.Install(new GuestMemFile(Driver, memfd, args.Size, hugePages));
    }
}

/// <summary>
/// A v17 guest memory file ("[gh-gmem]"): a real memfd of a fixed size, so the VMM's shared mmap is real memory.
/// mmap refuses private mappings (v17 24); fallocate follows guest_memfd's rules (§6.4).
/// </summary>
internal sealed class GuestMemFile(HostDriver driver, int memfd, ulong size, bool hugePages) : DriverFile(driver)
{
    public override string Kind => "guest_mem";

    /// <summary>The real memfd behind the file.</summary>
    public int Memfd { get; } = memfd;

    public ulong Size { get; } = size;

    /// <summary>ALLOW_HUGEPAGE: bindings must be PMD (2 MiB) aligned.</summary>
    public bool HugePages { get; } = hugePages;

    public override nint Mmap(nint address, nuint length, MemoryProtection protection, MapFlags flags, long offset) =>
        (flags & MapFlags.Shared) == 0 ? -Errno.EINVAL : Driver.Real.Mmap(address, length, protection, flags, Memfd, offset);

    public override int Fallocate(FallocateMode mode, long offset, long length)
    {
        if ((mode & FallocateMode.KeepSize) == 0 || (mode & ~(FallocateMode.KeepSize | FallocateMode.PunchHole | FallocateMode.ZeroRange)) != 0)
        {
            return -Errno.EOPNOTSUPP;
        }

        if (offset < 0 || length <= 0 || !UserMemory.IsPageAligned((ulong)offset) || !UserMemory.IsPageAligned((ulong)length)
            || (ulong)offset + (ulong)length > Size)
        {
            return -Errno.EINVAL;
        }

        // guest_memfd zeroes a ZERO_RANGE itself; the backing memfd (shmem) has no ZERO_RANGE, and a punched hole
        // reads back as zeros, which is the same contents.
        var backing = (mode & FallocateMode.ZeroRange) != 0 ? FallocateMode.KeepSize | FallocateMode.PunchHole : mode;
        return Driver.Real.Fallocate(Memfd, backing, offset, length);
    }

    private int references = 1;

    /// <summary>A binding keeps the file (and its memfd) alive, as the kernel's file reference does.</summary>
    public void Retain() => Interlocked.Increment(ref references);

    /// <summary>Drops a binding's reference; the memfd closes with the last one.</summary>
    public void Drop()
    {
        if (Interlocked.Decrement(ref references) == 0)
        {
            Driver.Real.Close(Memfd);
        }
    }

    public override void Release() => Drop();
}
