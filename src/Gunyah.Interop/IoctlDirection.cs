namespace Gunyah.Interop;

/// <summary>Which way an ioctl's argument travels, seen from userspace.</summary>
[Flags]
public enum IoctlDirection : byte
{
    /// <summary>No argument data (<c>_IO</c>).</summary>
    None = 0,

    /// <summary>Userspace passes the argument to the kernel (<c>_IOW</c>).</summary>
    Write = 1,

    /// <summary>The kernel fills the argument (<c>_IOR</c>).</summary>
    Read = 2,

    /// <summary>Both (<c>_IOWR</c>).</summary>
    ReadWrite = Write | Read,
}
