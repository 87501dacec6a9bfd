namespace Gunyah.Sdk.Kernel.Handles;

/// <summary>Owns the fd of /dev/gunyah (or another Gunyah device node).</summary>
public sealed class GunyahDeviceHandle : KernelFileHandle
{
    /// <summary>Takes ownership of <paramref name="fd"/>, opened on <paramref name="kernel"/>.</summary>
    public GunyahDeviceHandle(IKernel kernel, int fd)
        : base(kernel, fd)
    {
    }

    /// <inheritdoc/>
    public override string FdKind => "device";
}
