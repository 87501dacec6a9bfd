namespace Gunyah.Sdk.Vmm;

/// <summary>
/// A range of a guest memory file bound at a guest address with MAP_MEM (and unbound with the same values plus
/// UNMAP).
/// </summary>
/// <param name="GuestAddress">Guest-physical address of the first byte (page-aligned).</param>
/// <param name="Offset">Offset of the range within the file (page-aligned).</param>
/// <param name="Size">Length in bytes (page-aligned).</param>
/// <param name="Access">What the guest may do with it (at least one bit).</param>
/// <param name="Mode">Lend, share, or the kernel's default.</param>
public readonly record struct GuestMemoryBinding(
    ulong GuestAddress,
    ulong Offset,
    ulong Size,
    MemoryAccess Access,
    GuestMemoryMapMode Mode = GuestMemoryMapMode.Default);
