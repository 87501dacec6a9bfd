namespace Gunyah.Sdk.Kernel.Handles;

/// <summary>Owns the fd of a VM (from CREATE_VM).</summary>
public sealed class VmHandle : KernelFileHandle
{
    public VmHandle(IKernel kernel, int fd)
        : base(kernel, fd)
    {
    }

    public override string FdKind => "vm";
}
