namespace Gunyah.Sdk.Kernel.Handles;

/// <summary>Owns the fd of /dev/gunyah (or another Gunyah device node).</summary>
public sealed class GunyahDeviceHandle : KernelFileHandle
{
    public GunyahDeviceHandle(IKernel kernel, int fd)
        : base(kernel, fd)
    {
    }

    public override string FdKind => "device";
}
