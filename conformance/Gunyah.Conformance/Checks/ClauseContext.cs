using Gunyah.Conformance.Targets;
using Gunyah.Sdk;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Handles;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Conformance.Checks;

/// <summary>
/// What a check runs with: the target's kernel seam, device path and generation, its own device and VMs (opened
/// on demand), raw ioctls by name for arguments the typed API cannot express, and clean-up of everything it made.
/// One context per clause run; disposing it closes the VMs first, then the rest, then the device.
/// </summary>
public sealed unsafe class ClauseContext : IDisposable
{
    private readonly List<IDisposable> vms = [];
    private readonly List<IDisposable> others = [];
    private GunyahDevice? device;

    public ClauseContext(IKernel kernel, string devicePath, AbiProfile profile, IConformanceTarget? target = null)
    {
        Target = target;
        Kernel = kernel;
        DevicePath = devicePath;
        Profile = profile;
    }

    /// <summary>The host page size: every alignment rule is in pages.</summary>
    public static ulong Page { get; } = (ulong)Environment.SystemPageSize;

    public IKernel Kernel { get; }

    /// <summary>The target the clause runs on, for what it offers beyond the seam (null: the seam only).</summary>
    public IConformanceTarget? Target { get; }

    public string DevicePath { get; }

    public AbiProfile Profile { get; }

    /// <summary>The generation's name, e.g. <c>v17</c>.</summary>
    public string Generation => Profile.Name;

    /// <summary>This clause's own device (opened on first use with the target's generation).</summary>
    public GunyahDevice Device => device ??= GunyahDevice.Open(Kernel, DevicePath, Profile);

    public VmCapabilities Capabilities => Device.Capabilities;

    /// <summary>A new VM, closed when the clause ends.</summary>
    public GunyahVm CreateVm()
    {
        var vm = Device.CreateVm();
        vms.Add(vm);
        return vm;
    }

    /// <summary>Page-aligned host memory for guest address <paramref name="guestAddress"/>, freed when the clause ends.</summary>
    public GuestMemory Memory(ulong size, ulong guestAddress = 0x8000_0000) => Track(Device.AllocateGuestMemory(guestAddress, size));

    /// <summary>A link to a Resource Manager of the target's kind (<see cref="TargetFeatures.RmLink"/>), closed when
    /// the clause ends.</summary>
    public RmLink OpenRmLink() => Track(TargetOrFail(TargetFeatures.RmLink).OpenRmLink());

    /// <summary>Makes the RM behind the kernel answer <paramref name="messageId"/> with <paramref name="error"/> until the
    /// returned handle is disposed, or the clause ends (<see cref="TargetFeatures.RmFaultInjection"/>).</summary>
    public IDisposable FailRmCalls(uint messageId, GhRmError error) => Track(TargetOrFail(TargetFeatures.RmFaultInjection).FailRmCalls(messageId, error));

    /// <summary>An eventfd, closed when the clause ends; <paramref name="flags"/> as for eventfd(2).</summary>
    public EventFd EventFd(EventFdFlags flags = EventFdFlags.CloseOnExec) => Track(Device.CreateEventFd(flags: flags));

    /// <summary>Closes <paramref name="resource"/> when the clause ends (after its VMs).</summary>
    public T Track<T>(T resource)
        where T : IDisposable
    {
        others.Add(resource);
        return resource;
    }

    /// <summary>True when the generation defines the ioctl GH_/GUNYAH_ + <paramref name="suffix"/>.</summary>
    public bool Has(string suffix) => Find(suffix) is not null;

    /// <summary>The request number of GH_/GUNYAH_ + <paramref name="suffix"/> in this generation.</summary>
    public uint Request(string suffix) =>
        Find(suffix)?.Request ?? throw new ClauseViolation($"{Generation} defines no ioctl named *_{suffix}.");

    /// <summary>ioctl(fd, GH_/GUNYAH_ + <paramref name="suffix"/>, <paramref name="value"/>) with the argument as a plain
    /// number (0 for none, or a NULL pointer): the raw result or -errno.</summary>
    public int IoctlValue(int fd, string suffix, nint value = 0) => Kernel.Ioctl(fd, Request(suffix), value);

    /// <summary>The ioctl with a pointer to a copy of <paramref name="argument"/>.</summary>
    public int Ioctl<T>(int fd, string suffix, T argument)
        where T : unmanaged => Kernel.Ioctl(fd, Request(suffix), (nint)(&argument));

    /// <summary>The ioctl on a handle's fd.</summary>
    public int Ioctl<T>(KernelFileHandle file, string suffix, T argument)
        where T : unmanaged => Ioctl(file.Fd, suffix, argument);

    /// <summary>ADD_FUNCTION or REMOVE_FUNCTION with <paramref name="argument"/>'s bytes at a pointer;
    /// <paramref name="argSize"/> overrides arg_size.</summary>
    public int Function(GunyahVm vm, bool add, uint type, ReadOnlySpan<byte> argument, uint? argSize = null)
    {
        fixed (byte* pointer = argument)
        {
            return Ioctl(vm.Handle, add ? "VM_ADD_FUNCTION" : "VM_REMOVE_FUNCTION", new FunctionDescriptor(type, argSize ?? (uint)argument.Length, (ulong)pointer));
        }
    }

    /// <summary>Runs a typed call: 0, or -errno when it threw <see cref="GunyahException"/>.</summary>
    public static int Result(Action call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            call();
            return 0;
        }
        catch (GunyahException e)
        {
            return -e.Errno;
        }
    }

    /// <summary>Runs a typed call that yields a value: the value's <paramref name="toResult"/>, or -errno.</summary>
    public int Result<T>(Func<T> call, Func<T, int> toResult)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(toResult);
        try
        {
            return toResult(call());
        }
        catch (GunyahException e)
        {
            return -e.Errno;
        }
    }

    /// <summary>Fails the clause with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    public static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ClauseViolation(message);
        }
    }

    /// <summary>Fails the clause unless <paramref name="result"/> is a success.</summary>
    public static int RequireSuccess(int result, string what)
    {
        Require(result >= 0, $"{what} failed with {Errno.NameOf(result)}");
        return result;
    }

    /// <summary>Fails the clause unless <paramref name="result"/> is <paramref name="expected"/> (a value or -errno).</summary>
    public static void RequireResult(int result, int expected, string what) =>
        Require(result == expected, $"{what} gave {Catalogue.Expected.Describe(result)}, expected {Catalogue.Expected.Describe(expected)}");

    /// <summary>Closes the VMs (newest first), then everything else, then the device.</summary>
    public void Dispose()
    {
        for (var i = vms.Count - 1; i >= 0; i--)
        {
            vms[i].Dispose();
        }

        for (var i = others.Count - 1; i >= 0; i--)
        {
            others[i].Dispose();
        }

        vms.Clear();
        others.Clear();
        device?.Dispose();
        device = null;
    }

    private IConformanceTarget TargetOrFail(TargetFeatures feature) =>
        Target is { } target && target.Features.HasFlag(feature) ? target : throw new ClauseViolation($"the target offers no {feature}; the clause should have been skipped");

    private Gunyah.Interop.IoctlDescriptor? Find(string suffix) =>
        Profile.Ioctls.FirstOrDefault(i => i.Name == "GH_" + suffix || i.Name == "GUNYAH_" + suffix);
}
