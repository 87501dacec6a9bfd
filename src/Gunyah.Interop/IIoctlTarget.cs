namespace Gunyah.Interop;

/// <summary>
/// Something ioctls can be issued on: an open fd of the real kernel, or of the reference kernel.
/// Generated typed clients call through this; nothing above it knows which kernel it is.
/// </summary>
public interface IIoctlTarget
{
    /// <summary>Issues <paramref name="request"/> with <paramref name="argument"/> (an address or an integer).
    /// Returns the non-negative result, or -errno.</summary>
    int Ioctl(uint request, nint argument);
}
