using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>An enum type; laid out as its <see cref="UnderlyingType"/>, chosen once the closing brace is seen.</summary>
internal sealed class EnumDecl : CType
{
    public EnumDecl(string? tag, LocationInfo location, bool isFromRootHeader)
    {
        Tag = tag;
        Location = location;
        IsFromRootHeader = isFromRootHeader;
    }

    public string? Tag { get; }

    public LocationInfo Location { get; set; }

    public bool IsFromRootHeader { get; set; }

    public string? Doc { get; set; }

    public List<EnumeratorDecl> Members { get; } = new();

    public bool IsComplete { get; set; }

    /// <summary>An enumerator value failed to evaluate (already reported).</summary>
    public bool IsInvalid { get; set; }

    /// <summary><c>__attribute__((packed))</c>: the smallest integer type that holds every value.</summary>
    public bool IsPacked { get; set; }

    public PrimitiveKind UnderlyingType { get; set; } = PrimitiveKind.UInt;

    /// <summary>The first typedef whose type is exactly this enum.</summary>
    public string? TypedefName { get; set; }

    public int DefinitionOrder { get; set; } = -1;
}
