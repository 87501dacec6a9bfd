namespace Gunyah.Sdk.Kernel;

/// <summary>open(2) flags the SDK uses (Linux generic values, the same on arm64 and x86-64).</summary>
[Flags]
public enum OpenFlags
{
    ReadOnly = 0,
    WriteOnly = 0x1,
    ReadWrite = 0x2,
    NonBlocking = 0x800,
    CloseOnExec = 0x80000,
}
