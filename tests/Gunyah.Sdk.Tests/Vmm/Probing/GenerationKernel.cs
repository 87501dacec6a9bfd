using Gunyah.Sdk.Tests.Vmm.Fakes;

namespace Gunyah.Sdk.Tests.Vmm.Probing;

/// <summary>
/// A <see cref="RecordingKernel"/> that answers like one generation's driver: a request that generation does not
/// define on that fd kind is -ENOTTY; a pointer ioctl it knows with a NULL argument is -EFAULT (the copy from
/// user space fails); CREATE_VM makes a VM. The request numbers are the ABI facts' (§2), written out here.
/// </summary>
internal static class GenerationKernel
{
    private static readonly uint[] GhVm = [0x40204701, 0x40104702, 0x4703, 0x40104704, 0x40104707];
    private static readonly uint[] Vcpu = [0x4705, 0x4706];

    private static readonly Dictionary<string, (uint[] Device, uint[] Vm)> Requests = new()
    {
        ["v6"] = ([0x4740], [0x40204741, 0x40104742, 0x4745]),
        ["v10"] = ([0x4700], GhVm),
        ["android14-6.1"] = ([0x4700], [.. GhVm, 0x40204111, 0x40104112]),
        ["v17"] = ([0x4700, 0x40404708], [0x40104702, 0x4703, 0x40104704, 0x40104707, 0x40204709, 0x4010470a]),
        ["android15-6.6"] = ([0x4700], [.. GhVm, 0x40204709, 0x4010470a, 0x40204111, 0x40104112]),
    };

    /// <summary>A kernel that speaks one generation.</summary>
    /// <param name="profile">The generation's profile name; null for a device that knows no Gunyah ioctl.</param>
    /// <param name="lenient">Known pointer ioctls succeed with 0 even with a NULL argument (a driver that does not
    /// copy its argument, or a broken one).</param>
    public static RecordingKernel Create(string? profile, bool lenient = false)
    {
        var (device, vm) = profile is null ? ([], []) : Requests[profile];
        var kernel = new RecordingKernel();
        kernel.Fallback = (in IoctlCall call) =>
        {
            var known = call.FdKind switch
            {
                FdKinds.Device => device,
                FdKinds.Vm => vm,
                FdKinds.Vcpu => profile is null or "v6" ? [] : Vcpu,
                _ => [],
            };
            if (!known.Contains(call.Request))
            {
                return -Errno.ENOTTY;
            }

            var takesPointer = ((call.Request >> 16) & 0x3fff) != 0;
            return takesPointer && call.Argument == 0 && !lenient ? -Errno.EFAULT : call.Kernel.Answer(in call);
        };
        return kernel;
    }
}
