namespace Gunyah.Sdk.Kernel.Handles;

/// <summary>Owns the fd of an eventfd.</summary>
public sealed class EventFdHandle : KernelFileHandle
{
    /// <summary>Takes ownership of <paramref name="fd"/>, opened on <paramref name="kernel"/>.</summary>
    public EventFdHandle(IKernel kernel, int fd)
        : base(kernel, fd)
    {
    }

    /// <inheritdoc/>
    public override string FdKind => "eventfd";
}
