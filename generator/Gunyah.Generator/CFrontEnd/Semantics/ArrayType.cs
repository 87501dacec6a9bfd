namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>An array; <see cref="Length"/> is null for <c>[]</c> (only valid as a flexible array member).</summary>
internal sealed class ArrayType : CType
{
    public ArrayType(CType element, long? length)
    {
        Element = element;
        Length = length;
    }

    public CType Element { get; }

    public long? Length { get; }

    /// <summary><c>[]</c> or <c>[0]</c>: occupies no bytes.</summary>
    public bool IsZeroLength => Length is null or 0;
}
