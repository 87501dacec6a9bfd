using System.Collections.Concurrent;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>
/// The driver-wide state of the reference /dev/gunyah of one generation: its request tables, the RM connection,
/// the hypercall seam, the function registry, the signal model and the host's vIRQ handlers (vCPU wakeups).
/// </summary>
internal sealed class HostDriver : IVirqSink
{
    private readonly ConcurrentDictionary<uint, VcpuFile> wakeups = new();

    public HostDriver(Generation generation, RmSession rm, IHypercalls hypercalls, IKernel real, string devicePath, TimeSpan teardownTimeout)
    {
        Generation = generation;
        Tables = DriverTables.For(generation);
        Rm = rm;
        Hypercalls = hypercalls;
        Real = real;
        TeardownTimeout = teardownTimeout;
        Pins = new PinnedUserMemory(real);
        Kernel = new ReferenceKernel(this, real, devicePath);
        Functions.Register(new VcpuFunctionType(generation));
        Functions.Register(new IrqfdFunctionType());
        Functions.Register(new IoeventfdFunctionType(generation));
    }

    public Generation Generation { get; }

    public DriverTables Tables { get; }

    public RmSession Rm { get; }

    public IHypercalls Hypercalls { get; }

    public IKernel Real { get; }

    public ReferenceKernel Kernel { get; }

    public SignalModel Signals { get; } = new();


    /// <summary>The user memory regions' pinned pages (munmap of them is held back until released).</summary>
    public PinnedUserMemory Pins { get; }

    public VmFunctionRegistry Functions { get; } = new();

    /// <summary>How long closing a VM waits for each RM notification of its teardown.</summary>
    public TimeSpan TeardownTimeout { get; }

    /// <summary>vCPU <paramref name="vcpu"/>'s proxy-scheduling wakeup vIRQ is <paramref name="virq"/>.</summary>
    public void RouteWakeup(uint virq, VcpuFile vcpu) => wakeups[virq] = vcpu;

    public void UnrouteWakeup(uint virq, VcpuFile vcpu) => wakeups.TryRemove(new KeyValuePair<uint, VcpuFile>(virq, vcpu));

    /// <inheritdoc />
    public void Assert(uint virq)
    {
        if (wakeups.TryGetValue(virq, out var vcpu))
        {
            vcpu.Wake();
        }
    }

    /// <inheritdoc />
    public void Deassert(uint virq)
    {
    }
}
