namespace Gunyah.Sdk.Vmm;

/// <summary>
/// A range of this process's memory given to the guest with SET_USER_MEM_REGION (or the Android lend ioctl).
/// </summary>
/// <param name="Label">Identifies the region within its VM.</param>
/// <param name="GuestAddress">Guest-physical address of the first byte.</param>
/// <param name="Size">Length in bytes; never 0 here (a 0 size means "delete" to v6/v10: use
/// <see cref="GunyahVm.DeleteUserMemoryRegion"/>).</param>
/// <param name="HostAddress">This process's address of the first byte.</param>
/// <param name="Access">What the guest may do with it.</param>
/// <param name="Sharing">Shared or lent.</param>
public readonly record struct UserMemoryRegion(
    uint Label,
    ulong GuestAddress,
    ulong Size,
    nint HostAddress,
    MemoryAccess Access,
    MemorySharing Sharing = MemorySharing.Share);
