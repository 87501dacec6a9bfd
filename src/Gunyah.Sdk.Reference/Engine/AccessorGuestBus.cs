using System.Buffers.Binary;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.Hypervisor.Gic;

namespace Gunyah.Sdk.Reference.Engine;

/// <summary>The bus of a vCPU on the reference hypervisor: every access through its VM's <see cref="GuestMemoryAccessor"/>,
/// so stage 2 and ownership check each one.</summary>
internal sealed class AccessorGuestBus : IGuestBus
{
    public GuestMemoryAccessor? Accessor { get; set; }

    /// <summary>Why the hypervisor refused the last refused access (diagnostics), and where.</summary>
    public (HypError Error, ulong Address) LastRefusal { get; private set; }

    /// <summary>The VM's virtual GIC: its register frames are emulated here, never MMIO exits.</summary>
    public VirtualGic? Gic { get; set; }

    public bool TryRead(ulong address, Span<byte> destination) =>
        Gic is { } gic && gic.Contains(address) ? gic.TryRead(address, destination) : Checked(Accessor!.Read(address, destination), address);

    public bool TryWrite(ulong address, ReadOnlySpan<byte> source) =>
        Gic is { } gic && gic.Contains(address) ? gic.TryWrite(address, source) : Checked(Accessor!.Write(address, source), address);

    public bool TryFetch(ulong address, out uint instruction)
    {
        Span<byte> word = stackalloc byte[4];
        if (!Checked(Accessor!.Fetch(address, word), address))
        {
            instruction = 0;
            return false;
        }

        instruction = BinaryPrimitives.ReadUInt32LittleEndian(word);
        return true;
    }

    public bool TryUpdate<TUpdate>(ulong address, int length, ref TUpdate update)
        where TUpdate : struct, IGuestMemoryUpdate => Checked(Accessor!.Update(address, length, ref update), address);

    private bool Checked(HypError error, ulong address)
    {
        if (error == HypError.Ok)
            return true;
        LastRefusal = (error, address);
        return false;
    }
}
