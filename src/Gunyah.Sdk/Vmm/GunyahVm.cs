using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Handles;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm.Abi;

namespace Gunyah.Sdk.Vmm;

/// <summary>
/// A VM (the fd CREATE_VM returned): give it memory and its devicetree, add functions, start it. One public shape
/// for every ABI generation; what the VM's generation lacks is in <see cref="Capabilities"/> and throws
/// <see cref="GunyahNotSupportedException"/> without reaching the kernel. Kernel refusals throw
/// <see cref="GunyahException"/> with the errno and the ioctl's name.
/// </summary>
/// <remarks>Disposing the VM disposes the vCPUs it created (unmapping their run pages first) and then closes the
/// VM fd, which is what makes the kernel stop and tear the VM down.</remarks>
public sealed partial class GunyahVm : IDisposable
{
    private readonly Lock gate = new();
    private readonly List<GunyahVcpu> vcpus = [];
    private bool disposed;

    internal GunyahVm(IKernel kernel, GenerationAbi abi, VmHandle handle)
    {
        Kernel = kernel;
        Abi = abi;
        Handle = handle;
    }

    /// <summary>The kernel seam the VM's fd lives on.</summary>
    public IKernel Kernel { get; }

    /// <summary>The owned VM fd.</summary>
    public VmHandle Handle { get; }

    /// <summary>The ABI generation the VM is driven with.</summary>
    public AbiProfile Profile => Abi.Profile;

    /// <summary>What the VM's ABI generation offers.</summary>
    public VmCapabilities Capabilities => Abi.Capabilities;

    internal GenerationAbi Abi { get; }

    /// <summary>The vCPUs added through this VM that are not disposed yet.</summary>
    public IReadOnlyList<GunyahVcpu> Vcpus
    {
        get
        {
            lock (gate)
            {
                return [.. vcpus];
            }
        }
    }

    /// <summary>SET_DTB_CONFIG: where the devicetree blob lies in guest memory, and how much room it has (include
    /// space for the overlay the Resource Manager adds; one page is usually enough).</summary>
    public void SetDeviceTree(ulong guestAddress, ulong size) => Check(Abi.SetDtbConfig(Handle, guestAddress, size));

    /// <summary>The Android SET_FW_CONFIG: where the firmware image lies (needs <see cref="VmCapabilities.FirmwareConfig"/>).</summary>
    public void SetFirmwareConfig(ulong guestAddress, ulong size) => Check(Abi.SetFirmwareConfig(Handle, guestAddress, size));

    /// <summary>SET_BOOT_CONTEXT: an initial register value of the boot vCPU, before <see cref="Start"/>
    /// (needs <see cref="VmCapabilities.BootContext"/>).</summary>
    public void SetBootRegister(BootRegister register, ulong value) => Check(Abi.SetBootContext(Handle, register, value));

    /// <summary>VM_START. Calling it again returns normally while the VM runs; the kernel refuses it once the VM
    /// stopped (ENODEV) — or, in v6, reports any failure as EINVAL.</summary>
    public void Start() => Check(Abi.Start(Handle));

    /// <summary>Adds a function; the result's type follows from the function's (see <see cref="VmFunction{TBinding}"/>).</summary>
    public TBinding AddFunction<TBinding>(VmFunction<TBinding> function)
        where TBinding : class
    {
        ArgumentNullException.ThrowIfNull(function);
        ObjectDisposedException.ThrowIf(disposed, this);
        return function.AddTo(this);
    }

    /// <summary>Adds the vCPU <paramref name="id"/> (shorthand for <see cref="AddFunction{TBinding}"/> with a
    /// <see cref="VcpuFunction"/>).</summary>
    public GunyahVcpu AddVcpu(uint id) => AddFunction(new VcpuFunction(id));

    /// <summary>Closes every vCPU this VM created, then the VM fd. Safe to call twice.</summary>
    public void Dispose()
    {
        GunyahVcpu[] children;
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            children = [.. vcpus];
            vcpus.Clear();
        }

        foreach (var vcpu in children)
        {
            vcpu.Dispose();
        }

        Handle.Dispose();
    }

    internal GunyahVcpu AddVcpuCore(uint id)
    {
        var fd = Check(Abi.VcpuFunction(Handle, add: true, id));
        var vcpu = GunyahVcpu.Create(this, id, new VcpuHandle(Kernel, fd));
        lock (gate)
        {
            if (!disposed)
            {
                vcpus.Add(vcpu);
                return vcpu;
            }
        }

        vcpu.Dispose();
        throw new ObjectDisposedException(nameof(GunyahVm));
    }

    internal void Forget(GunyahVcpu vcpu)
    {
        lock (gate)
        {
            vcpus.Remove(vcpu);
        }
    }

    internal IrqfdBinding AddIrqfdCore(IrqfdFunction function)
    {
        using var lease = function.EventFd.Handle.LeaseFd();
        Check(Abi.IrqfdFunction(Handle, add: true, lease.Fd, function.Label, function.Level));
        return new IrqfdBinding(this, function, lease.Fd);
    }

    internal IoeventfdBinding AddIoeventfdCore(IoeventfdFunction function)
    {
        using var lease = function.EventFd.Handle.LeaseFd();
        Check(Abi.IoeventfdFunction(Handle, add: true, lease.Fd, function.Address, function.Length, function.DataMatch));
        return new IoeventfdBinding(this, function, lease.Fd);
    }

    internal RawFunctionBinding AddRawFunctionCore(RawVmFunction function) =>
        new(this, function, Check(Abi.RawFunction(Handle, add: true, function.Type, function.Argument.Span)));

    private int Check(IoctlResult result) => KernelCalls.Check(result, Handle, Abi);
}
