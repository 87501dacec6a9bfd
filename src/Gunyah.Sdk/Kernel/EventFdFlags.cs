namespace Gunyah.Sdk.Kernel;

/// <summary>eventfd(2) flags (EFD_*).</summary>
[Flags]
public enum EventFdFlags
{
    /// <summary>No flags.</summary>
    None = 0,
    /// <summary><c>EFD_SEMAPHORE</c>: each read takes 1 from the counter instead of all of it.</summary>
    Semaphore = 0x1,
    /// <summary><c>EFD_NONBLOCK</c>.</summary>
    NonBlocking = 0x800,
    /// <summary><c>EFD_CLOEXEC</c>.</summary>
    CloseOnExec = 0x80000,
}
