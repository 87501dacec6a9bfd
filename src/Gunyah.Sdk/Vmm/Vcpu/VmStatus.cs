namespace Gunyah.Sdk.Vmm;

/// <summary>The status of a STATUS exit (enum gh_vm_status / gunyah_vm_status; the same values in every generation).</summary>
public enum VmStatus
{
    LoadFailed = 1,
    Exited = 2,
    Crashed = 3,
}
