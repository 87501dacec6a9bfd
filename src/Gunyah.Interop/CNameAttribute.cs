namespace Gunyah.Interop;

/// <summary>
/// Records the C name a generated type or member comes from (<c>struct gh_fn_desc</c>, <c>guest_phys_addr</c>,
/// <c>GH_VM_START</c>, the message macro of a notification event) so tools can map bindings back to the header.
/// </summary>
[AttributeUsage(
    AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Field | AttributeTargets.Property |
    AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Event,
    AllowMultiple = false,
    Inherited = false)]
public sealed class CNameAttribute : Attribute
{
    /// <summary>Records <paramref name="name"/> as the C name.</summary>
    public CNameAttribute(string name) => Name = name;

    /// <summary>The C name, as written in the header.</summary>
    public string Name { get; }
}
