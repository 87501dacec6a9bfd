namespace Gunyah.Sdk.Vmm;

/// <summary>The access value of a MAP_MEM binding.</summary>
public enum GuestMemoryMapMode
{
    /// <summary>Let the kernel choose (v17 treats it as lend).</summary>
    Default,

    /// <summary>Lend: the host loses access once the guest uses the pages.</summary>
    Lend,

    /// <summary>Share: the host keeps access.</summary>
    Share,
}
