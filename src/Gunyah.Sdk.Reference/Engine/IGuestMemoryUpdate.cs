namespace Gunyah.Sdk.Reference.Engine;

/// <summary>
/// A read-modify-write of guest memory that <see cref="IGuestBus.TryUpdate"/> performs atomically with respect to
/// every other access of the VM (all vCPUs): the exclusive-pair stores and the LSE atomics. A struct, so the bus's
/// generic method is specialised and nothing is allocated.
/// </summary>
public interface IGuestMemoryUpdate
{
    /// <summary>Sees the current bytes; changes them in place and returns true to write them back.</summary>
    bool Update(Span<byte> memory);
}
