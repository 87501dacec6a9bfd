namespace Gunyah.Sdk.Kernel;

/// <summary>mmap(2) flags (MAP_*; Linux generic values, the same on arm64 and x86-64).</summary>
[Flags]
public enum MapFlags
{
    /// <summary><c>MAP_SHARED</c>.</summary>
    Shared = 0x1,
    /// <summary><c>MAP_PRIVATE</c>.</summary>
    Private = 0x2,
    /// <summary><c>MAP_FIXED</c>.</summary>
    Fixed = 0x10,
    /// <summary><c>MAP_ANONYMOUS</c>.</summary>
    Anonymous = 0x20,
    /// <summary><c>MAP_NORESERVE</c>.</summary>
    NoReserve = 0x4000,
    /// <summary><c>MAP_POPULATE</c>.</summary>
    Populate = 0x8000,
}
