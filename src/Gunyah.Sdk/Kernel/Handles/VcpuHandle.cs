namespace Gunyah.Sdk.Kernel.Handles;

/// <summary>Owns the fd of a vCPU (from ADD_FUNCTION with a vCPU function).</summary>
public sealed class VcpuHandle : KernelFileHandle
{
    /// <summary>Takes ownership of <paramref name="fd"/>, opened on <paramref name="kernel"/>.</summary>
    public VcpuHandle(IKernel kernel, int fd)
        : base(kernel, fd)
    {
    }

    /// <inheritdoc/>
    public override string FdKind => "vcpu";
}
