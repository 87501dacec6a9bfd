using System.Buffers.Binary;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>
/// A vCPU fd ("gh-vcpu:&lt;id&gt;"). Its run page is one page of a private memfd, zero at creation: mmap of the fd at
/// offset 0 maps that page (real memory the VMM reads in place), the driver keeps its own mapping, and munmap is the
/// real kernel's. RUN drives vcpu_run through <see cref="IHypercalls"/> per gunyah-rm.md §6.5.
/// </summary>
/// <remarks>Offsets other than 0, or lengths over a page, give EINVAL at mmap time: the kernel would map them and
/// raise SIGBUS on access, which an in-process driver cannot do.</remarks>
internal sealed unsafe class VcpuFile : DriverFile
{
    private const int ExitMmio = 1, ExitStatus = 2, ExitPageFault = 3;
    private readonly VmFile vm;
    private readonly int runFd;
    private readonly byte* page;
    private readonly AutoResetEvent wakeup = new(false);
    private readonly Lock runGate = new();
    private readonly Lock pageGate = new();
    private bool pageFreed;
    // U64_MAX is the invalid capability id (as Linux uses it); real ids use all 64 bits, so no sign test.
    private const long InvalidCapId = -1;

    private long capId = InvalidCapId;
    private uint virq;
    private volatile bool removed;
    private bool systemDown;
    private Pending pending;

    public VcpuFile(HostDriver driver, VmFile vm, uint id)
        : base(driver)
    {
        this.vm = vm;
        Id = id;
        runFd = driver.Real.MemfdCreate($"gh-vcpu:{id}", MemfdFlags.CloseOnExec);
        if (runFd < 0)
        {
            RunPageFailure = runFd;
            return;
        }

        var size = (long)UserMemory.PageSize;
        var mapped = driver.Real.Ftruncate(runFd, size) < 0 ? -Errno.ENOMEM : driver.Real.Mmap(0, (nuint)size, MemoryProtection.ReadWrite, MapFlags.Shared, runFd, 0);
        if (mapped < 0 && mapped > -4096)
        {
            driver.Real.Close(runFd);
            RunPageFailure = (int)mapped;
            return;
        }

        page = (byte*)mapped;
    }

    private enum Pending
    {
        None,
        MmioRead,
        MmioWrite,
    }

    public override string Kind => "vcpu";

    public uint Id { get; }

    /// <summary>-errno when the run page could not be made (the bind fails with it).</summary>
    public int? RunPageFailure { get; }

    public override int Ioctl(uint request, nint argument) =>
        Driver.Tables.Vcpu.TryGetValue(request, out var handler) ? handler(this, argument) : -Driver.Generation.UnknownVcpuErrno;

    public override nint Mmap(nint address, nuint length, MemoryProtection protection, MapFlags flags, long offset) =>
        offset != 0 || length == 0 || length > (nuint)UserMemory.PageSize ? -Errno.EINVAL : Driver.Real.Mmap(address, length, protection, flags, runFd, 0);

    public override void Release()
    {
        DiscardRunPage();
        vm.DropVcpu(this);
    }

    /// <summary>Frees the run page (a bind that failed, or the fd's release).</summary>
    public void DiscardRunPage()
    {
        lock (pageGate)
        {
            if (page == null || pageFreed)
            {
                return;
            }

            pageFreed = true;
            Driver.Real.Munmap((nint)page, (nuint)UserMemory.PageSize);
            Driver.Real.Close(runFd);
        }
    }

    /// <summary>The VCPU resource arrived (START, or at once when the vCPU is added later).</summary>
    public void Populate(GhRmHypResource resource)
    {
        virq = resource.Virq;
        Driver.RouteWakeup(virq, this);
        Interlocked.Exchange(ref capId, (long)resource.CapId);
    }

    /// <summary>The resource went away: the kernel sets immediate_exit itself, so a RUN in progress returns.</summary>
    public void Unpopulate()
    {
        Interlocked.Exchange(ref capId, InvalidCapId);
        Driver.UnrouteWakeup(virq, this);
        lock (pageGate)
        {
            if (!pageFreed)
            {
                Volatile.Write(ref page[0], 1);
            }
        }

        Wake();
    }

    /// <summary>REMOVE_FUNCTION: later RUNs give ENODEV.</summary>
    public void MarkRemoved()
    {
        removed = true;
        Wake();
    }

    /// <summary>The wakeup vIRQ, a VM status change or removal.</summary>
    public void Wake()
    {
        try
        {
            wakeup.Set();
        }
        catch (ObjectDisposedException)
        {
            // Only when the fd is released by a finalizer after the event's own handle was finalized: then no
            // RUN can be waiting on it.
        }
    }

    private int runManagedThread;
    private SignalModel.Slot? runSignals;

    // The caller's signal state, looked up by its kernel thread id only when RUN comes from another thread than last
    // time (a gettid system call would be most of a RUN's cost; a managed thread stays on its OS thread). Under runGate.
    private SignalModel.Slot CallerSignals()
    {
        var managed = Environment.CurrentManagedThreadId;
        if (managed != runManagedThread || runSignals is null)
        {
            runSignals = Driver.Signals.SlotOf(Driver.Real.CurrentThreadId());
            runManagedThread = managed;
        }

        return runSignals;
    }

    /// <summary>VCPU_RUN.</summary>
    public int Run()
    {
        lock (runGate)
        {
            var signals = CallerSignals();
            var cap = Interlocked.Read(ref capId);
            if (removed || cap == InvalidCapId)
            {
                return -Errno.ENODEV;
            }

            if (SignalModel.TakePending(signals) || Volatile.Read(ref page[0]) != 0)
            {
                return -Errno.EINTR;
            }

            if (systemDown || vm.RmStatus != GhRmVmStatus.Running)
            {
                return StatusExit();
            }

            if (!TryResume(out var resume0, out var resume1))
            {
                return -Errno.EINVAL;
            }

            return Loop((ulong)cap, resume0, resume1);
        }
    }

    private int Loop(ulong cap, ulong resume0, ulong resume1)
    {
        var l24 = Driver.Generation.IsL24;
        while (true)
        {
            // The VM stopped (an RM notification woke the vCPU): report its status instead of running on.
            if (vm.RmStatus != GhRmVmStatus.Running)
            {
                return StatusExit();
            }

            var result = Driver.Hypercalls.VcpuRun(cap, resume0, resume1, 0);
            resume0 = resume1 = 0;
            if (result.Error == HypError.Retry && l24)
            {
                Thread.Yield();
                continue;
            }

            if (result.Error != HypError.Ok)
            {
                return -HypErrno.Of(result.Error, l24);
            }

            int? exit = result.State switch
            {
                VcpuRunState.Ready or VcpuRunState.Blocked => SignalModel.TakePending(runSignals!) ? -Errno.EINTR : null,
                VcpuRunState.ExpectsWakeup => WaitForWakeup(),
                VcpuRunState.PoweredOff => vm.RmStatus != GhRmVmStatus.Running ? StatusExit() : WaitForWakeup(),
                VcpuRunState.Fault or VcpuRunState.PsciSystemReset => WaitForVmDown(),
                VcpuRunState.AddressSpaceVmmioRead => MmioExit(result.Data0, result.Data1, write: false, 0),
                VcpuRunState.AddressSpaceVmmioWrite => MmioWrite(result.Data0, result.Data1, result.Data2),
                VcpuRunState.AddressSpacePageFault when l24 => PageFault(result.Data0, result.Data1 != 0),
                _ => -Errno.EINVAL,
            };
            if (exit is { } done)
            {
                return done;
            }

            if (result.State == VcpuRunState.Blocked)
            {
                Thread.Yield();
            }
        }
    }

    // null: run again; -EINTR: a signal came first.
    private int? WaitForWakeup()
    {
        if (removed || Interlocked.Read(ref capId) == InvalidCapId)
        {
            return -Errno.EINTR;
        }

        var index = SignalModel.WaitAny(wakeup, runSignals!);
        return index == 1 || Volatile.Read(ref page[0]) != 0 ? -Errno.EINTR : null;
    }

    // A reset or fault takes the VM down: wait for the RM to say so, then report the status.
    private int? WaitForVmDown()
    {
        while (vm.RmStatus == GhRmVmStatus.Running)
        {
            if (SignalModel.WaitAny(wakeup, runSignals!) == 1)
            {
                return -Errno.EINTR;
            }
        }

        return StatusExit();
    }

    private int? MmioWrite(ulong address, ulong size, ulong value)
    {
        var length = (uint)Math.Min(size, Generation.MaxMmioLength);
        if (vm.IoHandlers.TryHandle(Driver.Real, address, length, value))
        {
            return null;
        }

        return MmioExit(address, size, write: true, value);
    }

    private int MmioExit(ulong address, ulong size, bool write, ulong value)
    {
        var length = (uint)Math.Min(size, Generation.MaxMmioLength);
        new Span<byte>(page + 16, 24).Clear();
        BinaryPrimitives.WriteUInt64LittleEndian(new Span<byte>(page + 16, 8), address);
        if (write)
        {
            Span<byte> bytes = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(bytes, value);
            bytes[..(int)length].CopyTo(new Span<byte>(page + 24, 8));
        }

        BinaryPrimitives.WriteUInt32LittleEndian(new Span<byte>(page + 32, 4), length);
        page[36] = write ? (byte)1 : (byte)0;
        page[37] = 0;
        SetExit(ExitMmio);
        pending = write ? Pending.MmioWrite : Pending.MmioRead;
        return 0;
    }

    private int? PageFault(ulong address, bool write)
    {
        var backing = vm.FindBacking(address);
        if (backing == true || (backing == false && !write))
        {
            return null;
        }

        new Span<byte>(page + 16, 24).Clear();
        BinaryPrimitives.WriteUInt64LittleEndian(new Span<byte>(page + 16, 8), address);
        BinaryPrimitives.WriteInt32LittleEndian(new Span<byte>(page + 24, 4), backing is null ? -Errno.ENOENT : -Errno.EPERM);
        page[28] = 1;
        SetExit(ExitPageFault);
        return 0;
    }

    // The resume data of the exit before: a read's value, and (D/E) the VMM's resume action. False: the action is
    // not HANDLED/FAULT/RETRY (the exit stays pending, so the next RUN fails too).
    private bool TryResume(out ulong resume0, out ulong resume1)
    {
        resume0 = resume1 = 0;
        if (pending == Pending.None)
        {
            return true;
        }

        if (Driver.Generation.IsL24)
        {
            VmmioResumeAction? action = page[37] switch
            {
                0 => VmmioResumeAction.Emulate,
                1 => VmmioResumeAction.Fault,
                2 => VmmioResumeAction.Retry,
                _ => null,
            };
            if (action is not { } known)
            {
                return false;
            }

            resume1 = (ulong)known;
        }

        if (pending == Pending.MmioRead)
        {
            var length = Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(new ReadOnlySpan<byte>(page + 32, 4)), Generation.MaxMmioLength);
            Span<byte> bytes = stackalloc byte[8];
            new ReadOnlySpan<byte>(page + 24, (int)length).CopyTo(bytes);
            resume0 = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        }

        pending = Pending.None;
        return true;
    }

    private int StatusExit()
    {
        systemDown = true;
        var status = vm.RmStatus switch
        {
            GhRmVmStatus.InitFailed => 1u,
            GhRmVmStatus.Exited => 2u,
            _ => 3u,
        };
        new Span<byte>(page + 16, 24).Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(new Span<byte>(page + 16, 4), status);
        if (status == 2)
        {
            var (type, reasonSize, reason) = vm.ExitInfo;
            BinaryPrimitives.WriteUInt16LittleEndian(new Span<byte>(page + 20, 2), type);
            BinaryPrimitives.WriteUInt32LittleEndian(new Span<byte>(page + 24, 4), reasonSize);
            reason.AsSpan(0, Math.Min(reason.Length, 8)).CopyTo(new Span<byte>(page + 28, 8));
        }

        SetExit(ExitStatus);
        return 0;
    }

    private void SetExit(int reason) => BinaryPrimitives.WriteUInt32LittleEndian(new Span<byte>(page + 8, 4), (uint)reason);
}
