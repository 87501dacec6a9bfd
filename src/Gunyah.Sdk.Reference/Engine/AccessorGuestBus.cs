using System.Buffers.Binary;
using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Engine;

/// <summary>The bus of a vCPU on the reference hypervisor: every access through its VM's <see cref="GuestMemoryAccessor"/>,
/// so stage 2 and ownership check each one.</summary>
internal sealed class AccessorGuestBus : IGuestBus
{
    public GuestMemoryAccessor? Accessor { get; set; }

    public bool TryRead(ulong address, Span<byte> destination) => Accessor!.Read(address, destination) == HypError.Ok;

    public bool TryWrite(ulong address, ReadOnlySpan<byte> source) => Accessor!.Write(address, source) == HypError.Ok;

    public bool TryFetch(ulong address, out uint instruction)
    {
        Span<byte> word = stackalloc byte[4];
        if (Accessor!.Fetch(address, word) != HypError.Ok)
        {
            instruction = 0;
            return false;
        }

        instruction = BinaryPrimitives.ReadUInt32LittleEndian(word);
        return true;
    }
}
