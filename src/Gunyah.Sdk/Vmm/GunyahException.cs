using System.Globalization;
using Gunyah.Sdk.Uapi;

namespace Gunyah.Sdk.Vmm;

/// <summary>
/// A call into the kernel failed. Carries the errno, the operation's C name (the ioctl macro, e.g.
/// <c>GUNYAH_VM_MAP_MEM</c>, or the system call), the fd kind it was issued on and the ABI generation.
/// </summary>
public class GunyahException : Exception
{
    /// <summary>The kernel refused <paramref name="operation"/> with <paramref name="errno"/>, on an fd of kind <paramref name="fdKind"/> of <paramref name="profile"/>'s generation (each null when not known).</summary>
    public GunyahException(int errno, string operation, string? fdKind, AbiProfile? profile)
        : base(Describe(errno, operation, fdKind, profile))
    {
        Errno = Math.Abs(errno);
        Operation = operation;
        FdKind = fdKind;
        Profile = profile;
    }

    /// <summary>The errno (positive), e.g. <see cref="Sdk.Errno.EINVAL"/>.</summary>
    public int Errno { get; }

    /// <summary>The errno's symbolic name, e.g. <c>EINVAL</c>.</summary>
    public string ErrnoName => Sdk.Errno.NameOf(Errno);

    /// <summary>The ioctl macro name as the generation's header spells it, or a system call name.</summary>
    public string Operation { get; }

    /// <summary>The fd kind the call was issued on (<c>device</c>, <c>vm</c>, <c>vcpu</c>, ...), if any.</summary>
    public string? FdKind { get; }

    /// <summary>The ABI generation in use, when the call was a Gunyah ioctl.</summary>
    public AbiProfile? Profile { get; }

    private static string Describe(int errno, string operation, string? fdKind, AbiProfile? profile)
    {
        var on = fdKind is null ? string.Empty : $" on the {fdKind} fd";
        var abi = profile is null ? string.Empty : $" (ABI {profile.Name})";
        return string.Create(CultureInfo.InvariantCulture, $"{operation}{on} failed: {Sdk.Errno.NameOf(errno)} ({Math.Abs(errno)}){abi}.");
    }
}
