namespace Gunyah.Sdk.Kernel.Handles;

/// <summary>Owns the fd of an eventfd.</summary>
public sealed class EventFdHandle : KernelFileHandle
{
    public EventFdHandle(IKernel kernel, int fd)
        : base(kernel, fd)
    {
    }

    public override string FdKind => "eventfd";
}
