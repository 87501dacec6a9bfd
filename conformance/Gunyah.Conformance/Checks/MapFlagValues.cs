namespace Gunyah.Conformance.Checks;

/// <summary>
/// MAP_MEM flag values of one generation: v17 and android15-6.6 give the same names different values
/// (gunyah-uapi.md §6.2 and §7).
/// </summary>
public sealed record MapFlagValues(uint Read, uint Write, uint Execute, uint Lend, uint Share, uint AccessMask, uint Unmap)
{
    public static MapFlagValues V17 { get; } = new(0x10, 0x20, 0x40, Lend: 1, Share: 2, AccessMask: 0x7, Unmap: 0x100);

    public static MapFlagValues Android15 { get; } = new(1, 2, 4, Lend: 0x10, Share: 0x20, AccessMask: 0x70, Unmap: 0x100);

    public uint ReadWriteExecute => Read | Write | Execute;

    /// <summary>The values of <paramref name="generation"/> (v17 or android15-6.6).</summary>
    public static MapFlagValues For(string generation) => generation == Catalogue.Generations.Android15 ? Android15 : V17;
}
