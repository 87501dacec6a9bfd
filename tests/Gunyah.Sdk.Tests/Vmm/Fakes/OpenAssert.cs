using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Fakes;

/// <summary>Opening a device fails both ways: Open throws, TryOpen is false with the errno and a reason.</summary>
internal static class OpenAssert
{
    /// <summary>Asserts both failures with <paramref name="errno"/>; the exception and TryOpen's reason.</summary>
    public static (GunyahException Exception, string Reason) Fails(RecordingKernel kernel, string path, AbiProfile? profile, int errno)
    {
        var exception = Assert.Throws<GunyahException>(() => GunyahDevice.Open(kernel, path, profile));
        var opened = GunyahDevice.TryOpen(kernel, path, profile, out var device, out var tryErrno, out var reason);

        Assert.Equal((errno, "device"), (exception.Errno, exception.FdKind));
        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
        Assert.False(opened);
        Assert.Null(device);
        Assert.Equal(errno, tryErrno);
        Assert.Contains(path, reason, StringComparison.Ordinal);
        return (exception, reason);
    }
}
