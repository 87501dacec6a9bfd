using Gunyah.Sdk.Kernel;

namespace Gunyah.Conformance.Tests.Mutants;

/// <summary>A seam whose ioctls go through <paramref name="ioctl"/>, which gets the real kernel to call.</summary>
internal sealed class IoctlMutant(IKernel inner, Func<IKernel, int, uint, nint, int> ioctl) : ForwardingKernel(inner)
{
    public override int Ioctl(int fd, uint request, nint argument) => ioctl(Inner, fd, request, argument);
}
