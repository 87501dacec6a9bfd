namespace Gunyah.Sdk.Kernel;

/// <summary>fallocate(2) mode bits (FALLOC_FL_*).</summary>
[Flags]
public enum FallocateMode
{
    /// <summary>Allocate and grow the file as needed.</summary>
    Default = 0,
    KeepSize = 0x1,
    PunchHole = 0x2,
    ZeroRange = 0x10,
}
