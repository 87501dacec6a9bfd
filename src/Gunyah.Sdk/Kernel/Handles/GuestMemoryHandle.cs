namespace Gunyah.Sdk.Kernel.Handles;

/// <summary>Owns the fd of a guest memory file (guest_memfd, from CREATE_GUEST_MEM).</summary>
public sealed class GuestMemoryHandle : KernelFileHandle
{
    /// <summary>Takes ownership of <paramref name="fd"/>, opened on <paramref name="kernel"/>.</summary>
    public GuestMemoryHandle(IKernel kernel, int fd)
        : base(kernel, fd)
    {
    }

    /// <inheritdoc/>
    public override string FdKind => "guest_mem";
}
