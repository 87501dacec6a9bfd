namespace Gunyah.Sdk.Vmm;

/// <summary>
/// What an ABI generation of /dev/gunyah offers. Calling a feature the VM's generation lacks throws
/// <see cref="GunyahNotSupportedException"/> naming the generation, and sends no ioctl.
/// </summary>
[Flags]
public enum VmCapabilities
{
    /// <summary>No optional feature.</summary>
    None = 0,

    /// <summary>SET_USER_MEM_REGION: pinned user memory given to the VM (v6, v10, android14-6.1, android15-6.6).</summary>
    UserMemoryRegions = 1 << 0,

    /// <summary>User memory lent rather than shared: the LENT flag (v6, v10) or the Android 'A' 0x11 ioctl.</summary>
    UserMemoryLend = 1 << 1,

    /// <summary>A region deleted by its label with memory_size 0 (v6, v10).</summary>
    UserMemoryRegionDelete = 1 << 2,

    /// <summary>CREATE_GUEST_MEM: guest_memfd files on /dev/gunyah (v17).</summary>
    GuestMemoryFiles = 1 << 3,

    /// <summary>MAP_MEM: bind (and unbind) a guest memory file range at a guest address (v17, android15-6.6).</summary>
    MapMemory = 1 << 4,

    /// <summary>SET_BOOT_CONTEXT: initial X, PC and SP registers (v17, android15-6.6).</summary>
    BootContext = 1 << 5,

    /// <summary>The Android SET_FW_CONFIG ioctl (android14-6.1, android15-6.6).</summary>
    FirmwareConfig = 1 << 6,

    /// <summary>ADD/REMOVE_FUNCTION with vCPU, irqfd and ioeventfd functions, and vCPU fds (every generation but v6).</summary>
    Functions = 1 << 7,

    /// <summary>The STATUS vCPU exit (every generation with vCPUs).</summary>
    StatusExit = 1 << 8,

    /// <summary>The PAGE_FAULT vCPU exit (v17, android15-6.6).</summary>
    PageFaultExit = 1 << 9,

    /// <summary>resume_action in the run page's mmio and page_fault exits (v17, android15-6.6).</summary>
    ResumeActions = 1 << 10,
}
