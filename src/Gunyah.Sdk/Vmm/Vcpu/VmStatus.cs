namespace Gunyah.Sdk.Vmm;

/// <summary>The status of a STATUS exit (enum gh_vm_status / gunyah_vm_status; the same values in every generation).</summary>
public enum VmStatus
{
    /// <summary>The VM's image could not be loaded.</summary>
    LoadFailed = 1,
    /// <summary>The VM shut itself down.</summary>
    Exited = 2,
    /// <summary>The VM crashed.</summary>
    Crashed = 3,
}
