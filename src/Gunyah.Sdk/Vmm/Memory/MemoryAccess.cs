namespace Gunyah.Sdk.Vmm;

/// <summary>What the guest may do with a range of memory. Each generation encodes these bits its own way.</summary>
[Flags]
public enum MemoryAccess
{
    /// <summary>No access.</summary>
    None = 0,
    /// <summary>The guest may read.</summary>
    Read = 1 << 0,
    /// <summary>The guest may write.</summary>
    Write = 1 << 1,
    /// <summary>The guest may execute.</summary>
    Execute = 1 << 2,
    /// <summary>Read and write.</summary>
    ReadWrite = Read | Write,
    /// <summary>Read, write and execute.</summary>
    ReadWriteExecute = Read | Write | Execute,
}
