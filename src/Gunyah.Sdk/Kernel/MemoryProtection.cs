namespace Gunyah.Sdk.Kernel;

/// <summary>mmap(2) protection bits (PROT_*).</summary>
[Flags]
public enum MemoryProtection
{
    /// <summary><c>PROT_NONE</c>.</summary>
    None = 0,
    /// <summary><c>PROT_READ</c>.</summary>
    Read = 0x1,
    /// <summary><c>PROT_WRITE</c>.</summary>
    Write = 0x2,
    /// <summary><c>PROT_EXEC</c>.</summary>
    Execute = 0x4,
    /// <summary><c>PROT_READ | PROT_WRITE</c>.</summary>
    ReadWrite = Read | Write,
}
