namespace Gunyah.Sdk.Kernel.Handles;

/// <summary>Owns the fd of a VM (from CREATE_VM).</summary>
public sealed class VmHandle : KernelFileHandle
{
    /// <summary>Takes ownership of <paramref name="fd"/>, opened on <paramref name="kernel"/>.</summary>
    public VmHandle(IKernel kernel, int fd)
        : base(kernel, fd)
    {
    }

    /// <inheritdoc/>
    public override string FdKind => "vm";
}
