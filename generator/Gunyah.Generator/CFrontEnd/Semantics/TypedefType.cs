using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// A typedef declaration, which is also the type its name denotes. GCC lets <c>aligned(n)</c> on a typedef
/// both raise and lower the alignment (<c>__aligned_u64</c>), so the override lives here.
/// </summary>
internal sealed class TypedefType : CType
{
    public TypedefType(string name, CType target, int? alignment, LocationInfo location, bool isBuiltin)
    {
        Name = name;
        Target = target;
        Alignment = alignment;
        Location = location;
        IsBuiltin = isBuiltin;
    }

    public string Name { get; }

    public CType Target { get; }

    /// <summary>An explicit alignment from <c>aligned(n)</c>; null keeps the target's.</summary>
    public int? Alignment { get; }

    public LocationInfo Location { get; }

    /// <summary>Pre-declared by the front-end (the <c>linux/types.h</c> names), not read from a header.</summary>
    public bool IsBuiltin { get; }
}
