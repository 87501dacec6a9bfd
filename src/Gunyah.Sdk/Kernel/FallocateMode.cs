namespace Gunyah.Sdk.Kernel;

/// <summary>fallocate(2) mode bits (FALLOC_FL_*).</summary>
[Flags]
public enum FallocateMode
{
    /// <summary>Allocate and grow the file as needed.</summary>
    Default = 0,
    /// <summary><c>FALLOC_FL_KEEP_SIZE</c>: the file size does not change.</summary>
    KeepSize = 0x1,
    /// <summary><c>FALLOC_FL_PUNCH_HOLE</c>: frees the range (with <see cref="KeepSize"/>).</summary>
    PunchHole = 0x2,
    /// <summary><c>FALLOC_FL_ZERO_RANGE</c>: zeroes the range.</summary>
    ZeroRange = 0x10,
}
