namespace Gunyah.Sdk.Kernel;

/// <summary>memfd_create(2) flags (MFD_*).</summary>
[Flags]
public enum MemfdFlags : uint
{
    /// <summary>No flags.</summary>
    None = 0,
    /// <summary><c>MFD_CLOEXEC</c>.</summary>
    CloseOnExec = 0x1,
    /// <summary><c>MFD_ALLOW_SEALING</c>.</summary>
    AllowSealing = 0x2,
}
