using System.Globalization;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Handles;
using Gunyah.Sdk.Vmm.Abi;

namespace Gunyah.Sdk.Vmm;

/// <summary>Turns a failed seam call into a <see cref="GunyahException"/> that names what failed.</summary>
internal static class KernelCalls
{
    /// <summary>The non-negative result, or throws naming the ioctl as the generation's header spells it.</summary>
    public static int Check(IoctlResult result, KernelFileHandle target, GenerationAbi abi)
    {
        if (result.Value >= 0)
        {
            return result.Value;
        }

        throw IoctlFailure(result, target.FdKind, abi);
    }

    public static GunyahException IoctlFailure(IoctlResult result, string fdKind, GenerationAbi abi)
    {
        var name = abi.Profile.FindByRequest(result.Request)?.Name
            ?? string.Create(CultureInfo.InvariantCulture, $"ioctl 0x{result.Request:x8}");
        return new GunyahException(result.Value, name, fdKind, abi.Profile);
    }

    /// <summary>The non-negative result of a system call, or throws naming it.</summary>
    public static int Check(int result, string operation, string? fdKind = null) =>
        result >= 0 ? result : throw new GunyahException(result, operation, fdKind, profile: null);

    /// <summary>Maps <paramref name="length"/> bytes of an fd shared read-write, or throws naming mmap.</summary>
    public static KernelMapping MapShared(IKernel kernel, KernelFileHandle file, ulong length, long offset = 0)
    {
        using var lease = file.LeaseFd();
        var mapping = KernelMapping.TryMap(kernel, checked((nuint)length), MemoryProtection.ReadWrite, MapFlags.Shared, lease.Fd, offset, out var errno);
        return mapping ?? throw new GunyahException(-errno, "mmap", file.FdKind, profile: null);
    }
}
