namespace Gunyah.Conformance.Targets;

/// <summary>What a target is: the in-process reference hypervisor, or a real /dev/gunyah.</summary>
public enum TargetKind
{
    Reference,
    Device,
}
