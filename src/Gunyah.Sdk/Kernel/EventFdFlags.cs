namespace Gunyah.Sdk.Kernel;

/// <summary>eventfd(2) flags (EFD_*).</summary>
[Flags]
public enum EventFdFlags
{
    None = 0,
    Semaphore = 0x1,
    NonBlocking = 0x800,
    CloseOnExec = 0x80000,
}
