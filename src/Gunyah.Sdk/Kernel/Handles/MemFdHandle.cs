namespace Gunyah.Sdk.Kernel.Handles;

/// <summary>Owns the fd of a memfd (anonymous shared memory file).</summary>
public sealed class MemFdHandle : KernelFileHandle
{
    /// <summary>Takes ownership of <paramref name="fd"/>, opened on <paramref name="kernel"/>.</summary>
    public MemFdHandle(IKernel kernel, int fd)
        : base(kernel, fd)
    {
    }

    /// <inheritdoc/>
    public override string FdKind => "memfd";
}
