namespace Gunyah.Sdk.Vmm;

/// <summary>
/// A function to add to a VM (ADD_FUNCTION). Each kind ties its function type number, its argument struct and the
/// handle it yields together at compile time: <see cref="GunyahVm.AddFunction{TBinding}"/> given a
/// <see cref="VcpuFunction"/> returns a <see cref="GunyahVcpu"/>, and there is no way to send an irqfd argument
/// as a vCPU function. The hierarchy is closed; <see cref="RawVmFunction"/> reaches types the SDK does not know.
/// </summary>
/// <typeparam name="TBinding">What adding the function yields.</typeparam>
public abstract record VmFunction<TBinding>
    where TBinding : class
{
    private protected VmFunction()
    {
    }

    /// <summary>Adds the function to <paramref name="vm"/> with that VM's generation ABI.</summary>
    internal abstract TBinding AddTo(GunyahVm vm);
}

/// <summary>A vCPU the VMM schedules (proxy scheduling): adding it yields the vCPU and its fd.</summary>
/// <param name="Id">The vCPU index (its affinity index in the VM's configuration).</param>
public sealed record VcpuFunction(uint Id) : VmFunction<GunyahVcpu>
{
    internal override GunyahVcpu AddTo(GunyahVm vm) => vm.AddVcpuCore(Id);
}

/// <summary>An eventfd that raises a doorbell (a virtual interrupt) in the guest when signalled.</summary>
/// <param name="EventFd">The eventfd (owned by the caller; it must stay open while the function exists).</param>
/// <param name="Label">The doorbell's label in the VM's configuration.</param>
/// <param name="Level">Level-triggered: the line clears once the guest takes the interrupt.</param>
public sealed record IrqfdFunction(EventFd EventFd, uint Label, bool Level = false) : VmFunction<IrqfdBinding>
{
    internal override IrqfdBinding AddTo(GunyahVm vm) => vm.AddIrqfdCore(this);
}

/// <summary>An eventfd the kernel signals when the guest writes <see cref="Address"/> (without a vCPU exit).</summary>
/// <param name="EventFd">The eventfd (owned by the caller).</param>
/// <param name="Address">Guest-physical MMIO address.</param>
/// <param name="Length">Access width 1, 2, 4 or 8; 0 for any width (then no <paramref name="DataMatch"/>).</param>
/// <param name="DataMatch">When set, only writes of this value signal.</param>
public sealed record IoeventfdFunction(EventFd EventFd, ulong Address, uint Length, ulong? DataMatch = null) : VmFunction<IoeventfdBinding>
{
    internal override IoeventfdBinding AddTo(GunyahVm vm) => vm.AddIoeventfdCore(this);
}

/// <summary>A function of any type with the caller's argument bytes (a kernel module's own function type, or a
/// deliberately malformed argument in a conformance check). arg_size is the argument's length.</summary>
/// <param name="Type">The function type number.</param>
/// <param name="Argument">The argument struct's bytes.</param>
public sealed record RawVmFunction(uint Type, ReadOnlyMemory<byte> Argument) : VmFunction<RawFunctionBinding>
{
    internal override RawFunctionBinding AddTo(GunyahVm vm) => vm.AddRawFunctionCore(this);
}
