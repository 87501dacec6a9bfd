using Gunyah.Sdk.Kernel.Handles;
using Gunyah.Sdk.Vmm.Abi;
using RunPage = Gunyah.Sdk.Uapi.V17.GunyahVcpuRun;

namespace Gunyah.Sdk.Vmm;

/// <summary>
/// A proxy-scheduled vCPU: its fd and its mmapped run page. <see cref="Run"/> enters the guest and returns a
/// <see cref="VcpuExit"/> that reads the run page in place; <see cref="Kick"/> makes a running or blocked
/// <see cref="Run"/> return <see cref="VcpuExitReason.Interrupted"/> from any thread.
/// </summary>
/// <remarks>
/// One thread runs a vCPU at a time — any thread, and a different one from run to run (a <see cref="Run"/> while
/// another thread is inside one throws); <see cref="Kick"/> interrupts whichever thread is inside. The run page is laid
/// out identically in every generation that has vCPUs (pinned by a test), so it is read through the newest
/// generation's struct; fields a generation lacks are gated by <see cref="VmCapabilities"/>.
/// Dispose a vCPU on its own thread, or after its <see cref="VcpuRunner"/> stopped: an exit must not be read
/// after its vCPU is gone.
/// </remarks>
public sealed unsafe class GunyahVcpu : IDisposable
{
    private readonly KernelMapping runPage;
    private int runningThread;   // Managed id of the thread inside Run, 0 when none.
    private int kernelThread;    // Kernel tid of the thread that last entered Run (what Kick interrupts).
    private int kernelThreadOf;  // The managed thread whose tid kernelThread is (saves a gettid per Run).
    private int disposed;
    private int inRun;

    private GunyahVcpu(GunyahVm vm, uint id, VcpuHandle handle, KernelMapping runPage)
    {
        Vm = vm;
        Id = id;
        Handle = handle;
        this.runPage = runPage;
        Run_ = (RunPage*)runPage.Address;
    }

    /// <summary>The VM this vCPU belongs to.</summary>
    public GunyahVm Vm { get; }

    /// <summary>The vCPU index it was added with.</summary>
    public uint Id { get; }

    /// <summary>The owned vCPU fd.</summary>
    public VcpuHandle Handle { get; }

    /// <summary>The mapped size of the run page (what VCPU_MMAP_SIZE reported).</summary>
    public int RunPageSize => (int)runPage.Length;

    internal RunPage* Run_ { get; }

    internal GenerationAbi Abi => Vm.Abi;

    /// <summary>
    /// VCPU_RUN: runs the guest until it needs the VMM. Allocation-free. A -EINTR from the kernel (a
    /// <see cref="Kick"/>, immediate_exit or a signal) is the <see cref="VcpuExitReason.Interrupted"/> exit, after
    /// which immediate_exit is cleared; any other failure throws.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another thread is inside <see cref="Run"/> for this vCPU.</exception>
    /// <exception cref="GunyahException">RUN failed (e.g. ENODEV: the VM is not started or the function was removed).</exception>
    public VcpuExit Run()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        var current = Environment.CurrentManagedThreadId;
        var running = Interlocked.CompareExchange(ref runningThread, current, 0);
        if (running != 0)
        {
            throw new InvalidOperationException($"vCPU {Id} is being run by managed thread {running}; one thread runs a vCPU at a time.");
        }

        try
        {
            if (kernelThreadOf != current)
            {
                Volatile.Write(ref kernelThread, Handle.Kernel.CurrentThreadId());
                kernelThreadOf = current;
            }

            return RunOnce();
        }
        finally
        {
            Volatile.Write(ref runningThread, 0);
        }
    }

    private VcpuExit RunOnce()
    {
        // The run page stays mapped while this call uses it, even if another thread disposes the vCPU meanwhile.
        var held = false;
        runPage.DangerousAddRef(ref held);
        try
        {
            // Kick signals the thread only while it is inside RUN (immediate_exit covers the moments around it), so
            // a kick never turns the VMM's own system calls between runs into EINTR, nor reaches a thread that
            // has finished with this vCPU. Exchange is a full fence, pairing with Kick's barrier: either Kick sees
            // the flag, or this RUN sees immediate_exit.
            Interlocked.Exchange(ref inRun, 1);
            var result = Abi.VcpuRun(Handle);
            Volatile.Write(ref inRun, 0);
            if (result.Value == -Errno.EINTR)
            {
                Volatile.Write(ref Run_->ImmediateExit, 0);
                return new VcpuExit(this, VcpuExitReason.Interrupted);
            }

            if (result.Failed)
            {
                throw KernelCalls.IoctlFailure(result, Handle.FdKind, Abi);
            }

            return new VcpuExit(this, (VcpuExitReason)Run_->ExitReason);
        }
        finally
        {
            if (held)
            {
                runPage.DangerousRelease();
            }
        }
    }

    /// <summary>Throws once the vCPU is disposed: an exit view must not read a page that may be unmapped.</summary>
    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);

    /// <summary>Keeps the run page mapped until <see cref="ReleaseRunPage"/> (a runner holds it for its whole loop).</summary>
    internal bool HoldRunPage()
    {
        var held = false;
        runPage.DangerousAddRef(ref held);
        return held;
    }

    internal void ReleaseRunPage() => runPage.DangerousRelease();

    /// <summary>
    /// From any thread: sets immediate_exit and, while the vCPU's thread is inside RUN, interrupts it, so a
    /// <see cref="Run"/> in progress (or the next one) returns <see cref="VcpuExitReason.Interrupted"/>.
    /// </summary>
    /// <remarks>The kick holds the run page while it runs, so a <see cref="Dispose"/> on the vCPU's thread in the
    /// meantime unmaps it only once the kick returned.</remarks>
    /// <exception cref="ObjectDisposedException">The vCPU is disposed.</exception>
    public void Kick()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        var held = false;
        try
        {
            // Throws ObjectDisposedException when a Dispose got in since the check above.
            runPage.DangerousAddRef(ref held);
            Volatile.Write(ref Run_->ImmediateExit, 1);
            Interlocked.MemoryBarrier();
            var thread = Volatile.Read(ref kernelThread);
            if (thread != 0 && Volatile.Read(ref inRun) != 0)
            {
                // -ESRCH means the thread is gone; immediate_exit still stops its next run.
                Handle.Kernel.InterruptThread(thread);
            }
        }
        finally
        {
            if (held)
            {
                runPage.DangerousRelease();
            }
        }
    }

    /// <summary>REMOVE_FUNCTION for this vCPU: later runs fail with ENODEV. The fd stays open until disposed.</summary>
    public void RemoveFunction() => KernelCalls.Check(Abi.VcpuFunction(Vm.Handle, add: false, Id), Vm.Handle, Abi);

    /// <summary>Unmaps the run page, then closes the vCPU fd. Safe to call twice.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        runPage.Dispose();
        Handle.Dispose();
        Vm.Forget(this);
    }

    internal static GunyahVcpu Create(GunyahVm vm, uint id, VcpuHandle handle)
    {
        try
        {
            var mmapSize = vm.Abi.VcpuMmapSize(handle);
            var size = KernelCalls.Check(mmapSize, handle, vm.Abi);
            if (size < sizeof(RunPage))
            {
                // Named like a kernel failure of that ioctl: the macro as the generation spells it.
                throw KernelCalls.IoctlFailure(mmapSize with { Value = -Errno.EINVAL }, handle.FdKind, vm.Abi);
            }

            return new GunyahVcpu(vm, id, handle, KernelCalls.MapShared(vm.Kernel, handle, (ulong)size));
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }
}
