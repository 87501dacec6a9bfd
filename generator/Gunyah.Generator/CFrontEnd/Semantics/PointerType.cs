namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>A pointer; its target may be incomplete.</summary>
internal sealed class PointerType : CType
{
    public PointerType(CType target) => Target = target;

    public CType Target { get; }
}
