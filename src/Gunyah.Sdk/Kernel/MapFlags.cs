namespace Gunyah.Sdk.Kernel;

/// <summary>mmap(2) flags (MAP_*; Linux generic values, the same on arm64 and x86-64).</summary>
[Flags]
public enum MapFlags
{
    Shared = 0x1,
    Private = 0x2,
    Fixed = 0x10,
    Anonymous = 0x20,
    NoReserve = 0x4000,
    Populate = 0x8000,
}
