namespace Gunyah.Sdk.DeviceTree;

/// <summary>One entry of the blob's memory reservation block: a physical range the client program must not use.</summary>
/// <param name="Address">Physical start address.</param>
/// <param name="Size">Length in bytes. An entry with address and size both 0 ends the list, so it cannot be stored.</param>
public readonly record struct MemoryReservation(ulong Address, ulong Size);
