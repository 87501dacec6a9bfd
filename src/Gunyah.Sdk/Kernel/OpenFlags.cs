namespace Gunyah.Sdk.Kernel;

/// <summary>open(2) flags the SDK uses (Linux generic values, the same on arm64 and x86-64).</summary>
[Flags]
public enum OpenFlags
{
    /// <summary><c>O_RDONLY</c>.</summary>
    ReadOnly = 0,
    /// <summary><c>O_WRONLY</c>.</summary>
    WriteOnly = 0x1,
    /// <summary><c>O_RDWR</c>.</summary>
    ReadWrite = 0x2,
    /// <summary><c>O_NONBLOCK</c>.</summary>
    NonBlocking = 0x800,
    /// <summary><c>O_CLOEXEC</c>.</summary>
    CloseOnExec = 0x80000,
}
