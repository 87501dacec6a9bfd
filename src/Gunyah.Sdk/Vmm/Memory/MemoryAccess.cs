namespace Gunyah.Sdk.Vmm;

/// <summary>What the guest may do with a range of memory. Each generation encodes these bits its own way.</summary>
[Flags]
public enum MemoryAccess
{
    None = 0,
    Read = 1 << 0,
    Write = 1 << 1,
    Execute = 1 << 2,
    ReadWrite = Read | Write,
    ReadWriteExecute = Read | Write | Execute,
}
