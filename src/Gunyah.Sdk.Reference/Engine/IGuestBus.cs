namespace Gunyah.Sdk.Reference.Engine;

/// <summary>
/// Guest-physical memory as the interpreter sees it. A refused access (false) is not memory the VM may touch: a
/// data access becomes an MMIO exit (or a data abort for a form without a syndrome), a fetch an instruction abort.
/// </summary>
public interface IGuestBus
{
    /// <summary>Reads <paramref name="destination"/>.Length bytes at <paramref name="address"/>.</summary>
    bool TryRead(ulong address, Span<byte> destination);

    /// <summary>Writes <paramref name="source"/> at <paramref name="address"/>.</summary>
    bool TryWrite(ulong address, ReadOnlySpan<byte> source);

    /// <summary>Fetches the instruction word at <paramref name="address"/> (needs execute permission).</summary>
    bool TryFetch(ulong address, out uint instruction);
}
