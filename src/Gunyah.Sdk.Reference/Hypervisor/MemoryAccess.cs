namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>Stage-2 access rights, with the values of the hypervisor ABI and the RM ACLs (fact sheet §6.6).</summary>
[Flags]
public enum MemoryAccess : byte
{
    /// <summary>No access.</summary>
    None = 0,

    /// <summary>Execute (instruction fetch).</summary>
    X = 1,

    /// <summary>Write.</summary>
    W = 2,

    /// <summary>Read.</summary>
    R = 4,

    /// <summary>Read and execute.</summary>
    RX = R | X,

    /// <summary>Read and write.</summary>
    RW = R | W,

    /// <summary>Everything.</summary>
    RWX = R | W | X,
}
