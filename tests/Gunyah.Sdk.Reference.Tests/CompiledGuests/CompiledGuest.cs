using System.Buffers.Binary;

namespace Gunyah.Sdk.Reference.Tests.CompiledGuests;

/// <summary>A flat C guest image linked at <see cref="LoadAddress"/>, as <see cref="CompiledGuestBuilder"/> made it.</summary>
internal sealed record CompiledGuest(byte[] Image, ulong LoadAddress)
{
    /// <summary>The bytes from the load address the guest uses (image, .bss, stacks): start.S's header word at +8.</summary>
    public ulong Footprint => BinaryPrimitives.ReadUInt64LittleEndian(Image.AsSpan(8, 8));

    /// <summary>The image and footprint, as <c>GuestVm</c> takes them.</summary>
    public (byte[] Image, ulong Footprint) ForGuestVm() => (Image, Footprint);
}
