namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>Who may map a memory extent's pages.</summary>
public enum MemoryExtentState
{
    /// <summary>Only the owner.</summary>
    Private = 0,

    /// <summary>Only the borrowers; the owner's access is withdrawn until reclaim.</summary>
    Lent = 1,

    /// <summary>The owner and the borrowers.</summary>
    Shared = 2,
}
