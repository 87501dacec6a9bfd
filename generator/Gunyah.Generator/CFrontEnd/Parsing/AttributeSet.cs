namespace Gunyah.Generator.CFrontEnd.Parsing;

/// <summary>The layout-relevant GNU attributes met at one place; every other attribute is ignored.</summary>
internal sealed class AttributeSet
{
    public bool Packed { get; set; }

    /// <summary>The largest <c>aligned(n)</c> / <c>_Alignas(n)</c> seen, if any.</summary>
    public int? Aligned { get; private set; }

    public void AddAlignment(int alignment) => Aligned = Aligned is { } current ? Math.Max(current, alignment) : alignment;

    public void MergeFrom(AttributeSet other)
    {
        Packed |= other.Packed;
        if (other.Aligned is { } alignment)
        {
            AddAlignment(alignment);
        }
    }
}
