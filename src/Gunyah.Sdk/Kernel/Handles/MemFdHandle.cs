namespace Gunyah.Sdk.Kernel.Handles;

/// <summary>Owns the fd of a memfd (anonymous shared memory file).</summary>
public sealed class MemFdHandle : KernelFileHandle
{
    public MemFdHandle(IKernel kernel, int fd)
        : base(kernel, fd)
    {
    }

    public override string FdKind => "memfd";
}
