using Gunyah.Sdk.Vmm.Abi;

namespace Gunyah.Sdk.Vmm;

/// <summary>A function added to a VM; <see cref="Remove"/> sends REMOVE_FUNCTION with the same argument.</summary>
public abstract class VmFunctionBinding
{
    private int removed;

    private protected VmFunctionBinding(GunyahVm vm) => Vm = vm;

    /// <summary>The VM the function belongs to.</summary>
    public GunyahVm Vm { get; }

    /// <summary>True once <see cref="Remove"/> or <see cref="TryRemove"/> succeeded.</summary>
    public bool IsRemoved => Volatile.Read(ref removed) != 0;

    /// <summary>Removes the function from the VM.</summary>
    /// <exception cref="GunyahException">The kernel refused (e.g. ENOENT: already gone).</exception>
    public void Remove()
    {
        var result = SendRemove();
        if (result.Failed)
        {
            throw KernelCalls.IoctlFailure(result, "vm", Vm.Abi);
        }

        Volatile.Write(ref removed, 1);
    }

    /// <summary>Removes the function; false with the errno (positive) when the kernel refused.</summary>
    public bool TryRemove(out int errno)
    {
        var result = SendRemove();
        errno = result.Failed ? -result.Value : 0;
        if (!result.Failed)
        {
            Volatile.Write(ref removed, 1);
        }

        return !result.Failed;
    }

    private protected abstract IoctlResult SendRemove();
}

/// <summary>An added irqfd function.</summary>
public sealed class IrqfdBinding : VmFunctionBinding
{
    private readonly int addedFd;

    internal IrqfdBinding(GunyahVm vm, IrqfdFunction function, int addedFd)
        : base(vm)
    {
        Function = function;
        this.addedFd = addedFd;
    }

    /// <summary>The irqfd function this binding added.</summary>
    public IrqfdFunction Function { get; }

    // The same argument as the add, as a C VMM sends it: the kernel matches the label, not the fd, so removal
    // works after the eventfd was closed.
    private protected override IoctlResult SendRemove() =>
        Vm.Abi.IrqfdFunction(Vm.Handle, add: false, addedFd, Function.Label, Function.Level);
}

/// <summary>An added ioeventfd function.</summary>
public sealed class IoeventfdBinding : VmFunctionBinding
{
    private readonly int addedFd;

    internal IoeventfdBinding(GunyahVm vm, IoeventfdFunction function, int addedFd)
        : base(vm)
    {
        Function = function;
        this.addedFd = addedFd;
    }

    /// <summary>The ioeventfd function this binding added.</summary>
    public IoeventfdFunction Function { get; }

    // The add's argument again: the kernel matches address, length and datamatch, not the fd.
    private protected override IoctlResult SendRemove() =>
        Vm.Abi.IoeventfdFunction(Vm.Handle, add: false, addedFd, Function.Address, Function.Length, Function.DataMatch);
}

/// <summary>An added function of a raw type; <see cref="Result"/> is what ADD_FUNCTION returned.</summary>
public sealed class RawFunctionBinding : VmFunctionBinding
{
    internal RawFunctionBinding(GunyahVm vm, RawVmFunction function, int result)
        : base(vm)
    {
        Function = function;
        Result = result;
    }

    /// <summary>The function this binding added, as given.</summary>
    public RawVmFunction Function { get; }

    /// <summary>ADD_FUNCTION's non-negative result (for a vCPU-like type, an fd the caller now owns).</summary>
    public int Result { get; }

    private protected override IoctlResult SendRemove() =>
        Vm.Abi.RawFunction(Vm.Handle, add: false, Function.Type, Function.Argument.Span);
}
