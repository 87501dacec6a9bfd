namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// A C type as the front-end resolves it. Typedefs stay visible (their names are kept for spelling and they can
/// carry an alignment); qualifiers are dropped because they never change layout.
/// </summary>
internal abstract class CType
{
    /// <summary>Follows typedefs to the type they name.</summary>
    public CType Resolve()
    {
        var type = this;
        while (type is TypedefType typedef)
        {
            type = typedef.Target;
        }

        return type;
    }
}
