namespace Gunyah.Sdk.Kernel;

/// <summary>mmap(2) protection bits (PROT_*).</summary>
[Flags]
public enum MemoryProtection
{
    None = 0,
    Read = 0x1,
    Write = 0x2,
    Execute = 0x4,
    ReadWrite = Read | Write,
}
