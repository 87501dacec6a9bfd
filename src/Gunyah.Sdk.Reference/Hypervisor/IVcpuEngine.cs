namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// Executes one vCPU's guest code. The hypervisor calls it on the thread of the host's vcpu_run, never twice
/// at once for one vCPU, and outside its lock. Guest memory goes through <see cref="VcpuExecutionContext.Memory"/>
/// (every access checked); pending interrupts come from <see cref="VcpuExecutionContext.TryTakePendingVirq"/>.
/// </summary>
public interface IVcpuEngine
{
    /// <summary>vcpu_poweron: reset to <paramref name="entryIpa"/> with <paramref name="contextArgument"/> in X0.</summary>
    void PowerOn(ulong entryIpa, ulong contextArgument);

    /// <summary>The whole boot context the VMM set, given just before <see cref="PowerOn"/> when the VM has one (PC and
    /// X0 there equal the power-on arguments). An engine that starts from entry and X0 alone may ignore it.</summary>
    void LoadBootRegisters(VcpuBootRegisters registers)
    {
    }

    /// <summary>Runs until the vCPU needs the hypervisor. <paramref name="resume"/> completes the previous MMIO stop, if any.</summary>
    VcpuStop Run(in VcpuResume resume, VcpuExecutionContext context);
}
