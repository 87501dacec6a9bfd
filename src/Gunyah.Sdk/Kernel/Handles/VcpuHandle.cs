namespace Gunyah.Sdk.Kernel.Handles;

/// <summary>Owns the fd of a vCPU (from ADD_FUNCTION with a vCPU function).</summary>
public sealed class VcpuHandle : KernelFileHandle
{
    public VcpuHandle(IKernel kernel, int fd)
        : base(kernel, fd)
    {
    }

    public override string FdKind => "vcpu";
}
