namespace Gunyah.Sdk.Vmm;

/// <summary>Options of a guest memory file (CREATE_GUEST_MEM flags).</summary>
[Flags]
public enum GuestMemoryFileOptions
{
    /// <summary>No options.</summary>
    None = 0,

    /// <summary>The fd is closed on exec.</summary>
    CloseOnExec = 1 << 0,

    /// <summary>The kernel may back the file with huge pages (bindings then need huge-page alignment).</summary>
    AllowHugePages = 1 << 1,
}
