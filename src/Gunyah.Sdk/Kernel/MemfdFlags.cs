namespace Gunyah.Sdk.Kernel;

/// <summary>memfd_create(2) flags (MFD_*).</summary>
[Flags]
public enum MemfdFlags : uint
{
    None = 0,
    CloseOnExec = 0x1,
    AllowSealing = 0x2,
}
