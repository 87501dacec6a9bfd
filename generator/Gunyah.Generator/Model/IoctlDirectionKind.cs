namespace Gunyah.Generator.Model;

/// <summary>Data direction of an ioctl as seen from userspace (the header's <c>_IOC_NONE/_IOC_WRITE/_IOC_READ</c>).</summary>
[Flags]
public enum IoctlDirectionKind
{
    None = 0,
    /// <summary>Userspace writes the argument to the kernel (<c>_IOW</c>).</summary>
    Write = 1,
    /// <summary>The kernel writes the argument back to userspace (<c>_IOR</c>).</summary>
    Read = 2,
    ReadWrite = Write | Read,
}
