using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Engine;

/// <summary>
/// The reference hypervisor's AArch64 engine: an <see cref="A64Interpreter"/> behind <see cref="IVcpuEngine"/>, its
/// guest memory the VM's checked <see cref="GuestMemoryAccessor"/>. One per vCPU; plug it in with
/// <c>ReferenceHost.Start(profile, (vmid, index) =&gt; new A64VcpuEngine(index))</c>. A run ends at an MMIO access,
/// WFI, a PSCI call that stops the vCPU, or after <see cref="Timeslice"/> instructions (READY).
/// </summary>
public sealed class A64VcpuEngine : IVcpuEngine, IPsciCpuControl, IInterruptController
{
    private readonly AccessorGuestBus bus = new();

    /// <summary>An engine for the vCPU with index <paramref name="cpuIndex"/> (its MPIDR affinity).</summary>
    public A64VcpuEngine(int cpuIndex = 0)
    {
        hypercalls = new QuiescingHypercalls(bus);
        Cpu = new A64Interpreter(cpuIndex) { CpuControl = this, GuestHypercalls = hypercalls };
    }

    private readonly QuiescingHypercalls hypercalls;

    private VcpuExecutionContext? running;

    /// <summary>The interpreter: registers, counters (<see cref="A64Interpreter.UndefinedInstructions"/>).</summary>
    public A64Interpreter Cpu { get; }

    /// <summary>The hypervisor's answer to the last guest access it refused, and its address (an MMIO access is one).</summary>
    public (HypError Error, ulong Address) LastRefusal => bus.LastRefusal;

    /// <summary>Instructions one run may execute before it yields.</summary>
    public long Timeslice { get; init; } = 1 << 20;

    /// <inheritdoc />
    public void PowerOn(ulong entryIpa, ulong contextArgument)
    {
        // The boot context, when the VM has one, came just before: keep its registers (its PC and X0 are these).
        if (!bootRegistersLoaded)
            Cpu.Reset(entryIpa, contextArgument);
        Cpu.Pc = entryIpa;
        Cpu.SetX(0, contextArgument);
        bootRegistersLoaded = false;
    }

    /// <inheritdoc />
    public void LoadBootRegisters(VcpuBootRegisters registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        Cpu.Reset(registers.Pc, registers.X(0));
        for (var n = 1; n < 31; n++)
            Cpu.SetX(n, registers.X(n));
        Cpu.SpEl0 = registers.Sp(0);
        Cpu.SpEl1 = registers.Sp(1);
        bootRegistersLoaded = true;
    }

    private bool bootRegistersLoaded;

    /// <inheritdoc />
    public VcpuStop Run(in VcpuResume resume, VcpuExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (resume.IsMmio)
        {
            var completion = resume.Action switch
            {
                VmmioResumeAction.Retry => MmioCompletion.Retry,
                VmmioResumeAction.Fault => MmioCompletion.Fault,
                _ => MmioCompletion.Emulate,
            };
            Cpu.CompleteMmio(completion, resume.ReadValue);
        }

        bus.Accessor = context.Memory;
        bus.Gic = context.Vm.Gic;
        hypercalls.Target = context.Vm.Hypercalls;
        Cpu.InterruptController = context.Vm.Gic is null ? null : this;
        running = context;
        try
        {
            return Cpu.Run(bus, Timeslice);
        }
        finally
        {
            bus.Quiesce(); // Outside a run this engine reads no guest memory.
        }
    }

    // CPU_ON, AFFINITY_INFO and the GIC come only from the guest while it runs, so `running` is the caller's context.
    // Each may wait for the hypervisor's lock: lock-free fetching ends first (see AccessorGuestBus).
    long IPsciCpuControl.CpuOn(ulong targetMpidr, ulong entry, ulong contextId)
    {
        bus.Quiesce();
        return running!.PsciCpuOn(targetMpidr, entry, contextId);
    }

    long IPsciCpuControl.AffinityInfo(ulong targetMpidr, ulong lowestLevel)
    {
        bus.Quiesce();
        return running!.PsciAffinityInfo(targetMpidr, lowestLevel);
    }

    bool IInterruptController.HasSignalled(int cpu)
    {
        bus.Quiesce();
        return running!.Vm.Gic!.HasSignalled(cpu);
    }

    bool IInterruptController.TryReadCpuRegister(int cpu, GicCpuRegister register, out ulong value)
    {
        bus.Quiesce();
        return running!.Vm.Gic!.TryReadCpuRegister(cpu, register, out value);
    }

    bool IInterruptController.TryWriteCpuRegister(int cpu, GicCpuRegister register, ulong value)
    {
        bus.Quiesce();
        return running!.Vm.Gic!.TryWriteCpuRegister(cpu, register, value);
    }
}
