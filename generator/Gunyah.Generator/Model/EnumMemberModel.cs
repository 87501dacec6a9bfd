namespace Gunyah.Generator.Model;

/// <summary>An enumerator. <paramref name="Bits"/> is the value's two's-complement bit pattern (64 bits).</summary>
public sealed record EnumMemberModel(string Name, ulong Bits, string? Doc, LocationInfo Location);
