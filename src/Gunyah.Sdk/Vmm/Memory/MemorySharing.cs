namespace Gunyah.Sdk.Vmm;

/// <summary>How user memory reaches the guest.</summary>
public enum MemorySharing
{
    /// <summary>Shared: the host keeps access while the guest uses it.</summary>
    Share,

    /// <summary>Lent: the guest has exclusive use; the host loses access until the memory is reclaimed
    /// (needs <see cref="VmCapabilities.UserMemoryLend"/>).</summary>
    Lend,
}
