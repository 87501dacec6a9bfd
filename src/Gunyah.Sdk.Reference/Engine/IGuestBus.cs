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

    /// <summary>
    /// Reads <paramref name="length"/> (1..16) bytes at <paramref name="address"/>, lets <paramref name="update"/>
    /// change them and writes them back, with no other access of the VM in between. Needs read and write permission;
    /// false (nothing read or written) when either is refused.
    /// </summary>
    bool TryUpdate<TUpdate>(ulong address, int length, ref TUpdate update)
        where TUpdate : struct, IGuestMemoryUpdate;
}
