using System.Runtime.InteropServices;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Reference.HostKernel;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.ResourceManager.Server;
using Gunyah.Sdk.ResourceManager.Transport;
using Gunyah.Sdk.Uapi;

namespace Gunyah.Sdk.Reference.Tests.HostKernel;

/// <summary>A reference host kernel of one generation wired to a fake RM (over the in-memory RM link) and fake
/// hypercalls, with raw-ioctl helpers for the errno tables.</summary>
internal sealed class Host : IAsyncDisposable, IDisposable
{
    public const int HostVmid = 3;
    public static readonly ulong Page = (ulong)Environment.SystemPageSize;

    private readonly RmServer server;
    private readonly List<nint> buffers = [];

    public Host(AbiProfile profile, Action<FakeRm>? configure = null)
    {
        Profile = profile;
        configure?.Invoke(Rm);
        var (client, serverEnd) = InMemoryRmLink.Create();
        server = new RmServer(new GhRmDispatcher(Rm, (uint)GhRmError.Invalid, (uint)GhRmError.Unimplemented));
        server.AddClient(HostVmid, serverEnd);
        Driver = new ReferenceHostKernel(profile, client, Hyp, new ReferenceHostKernelOptions { TeardownTimeout = TimeSpan.FromSeconds(2) });
    }

    public static IEnumerable<object[]> All => AbiProfiles.All.Select(p => new object[] { p.Name });

    public static IEnumerable<object[]> WithFunctions => AbiProfiles.All.Where(p => p != AbiProfiles.V6).Select(p => new object[] { p.Name });

    public static IEnumerable<object[]> WithRegions => AbiProfiles.All.Where(p => p != AbiProfiles.V17).Select(p => new object[] { p.Name });

    public static IEnumerable<object[]> L24 => [[AbiProfiles.V17.Name], [AbiProfiles.Android15.Name]];

    public AbiProfile Profile { get; }

    public FakeRm Rm { get; } = new();

    public FakeHypercalls Hyp { get; } = new();

    public ReferenceHostKernel Driver { get; }

    public ReferenceKernel Kernel => Driver.Kernel;

    public IRpcSink Notifications => new(server.GetNotificationSink(HostVmid));

    public static Host For(string profile, Action<FakeRm>? configure = null) => new(AbiProfiles.Find(profile)!, configure);

    public bool Has(string suffix) => Profile.Ioctls.Any(i => i.Name == "GH_" + suffix || i.Name == "GUNYAH_" + suffix);

    /// <summary>The request whose name is GH_/GUNYAH_ + <paramref name="suffix"/> in this generation.</summary>
    public uint Req(string suffix) => Profile.Ioctls.Single(i => i.Name == "GH_" + suffix || i.Name == "GUNYAH_" + suffix).Request;

    public int OpenDevice() => Check(Kernel.Open("/dev/gunyah", OpenFlags.ReadWrite));

    public int CreateVm() => Check(Kernel.Ioctl(OpenDevice(), Req("CREATE_VM"), 0));

    public int Ioctl(int fd, string suffix, nint argument = 0) => Kernel.Ioctl(fd, Req(suffix), argument);

    public unsafe int Ioctl<T>(int fd, string suffix, T value)
        where T : unmanaged => Kernel.Ioctl(fd, Req(suffix), (nint)(&value));

    /// <summary>Zeroed, page-aligned memory that stays mapped until the host is disposed.</summary>
    public unsafe ulong Memory(ulong size)
    {
        var pointer = (nint)NativeMemory.AlignedAlloc((nuint)size, (nuint)Page);
        NativeMemory.Clear((void*)pointer, (nuint)size);
        buffers.Add(pointer);
        return (ulong)pointer;
    }

    /// <summary>A 32-byte user region.</summary>
    public int Region(int vm, uint label, ulong guest, ulong size, ulong user, uint flags = 7, bool lend = false) =>
        Ioctl(vm, lend ? "VM_ANDROID_LEND_USER_MEM" : "VM_SET_USER_MEM_REGION", new RegionArg(label, flags, guest, size, user));

    public int Dtb(int vm, ulong guest, ulong size) => Ioctl(vm, "VM_SET_DTB_CONFIG", new Pair(guest, size));

    /// <summary>ADD_FUNCTION / REMOVE_FUNCTION with the argument bytes at a pointer.</summary>
    public unsafe int Function(int vm, bool add, uint type, ReadOnlySpan<byte> argument, uint? argSize = null)
    {
        fixed (byte* pointer = argument)
        {
            var descriptor = new FnDesc(type, argSize ?? (uint)argument.Length, (ulong)pointer);
            return Ioctl(vm, add ? "VM_ADD_FUNCTION" : "VM_REMOVE_FUNCTION", descriptor);
        }
    }

    /// <summary>A vCPU function the generation's way (v10: id by value, arg_size 0).</summary>
    public int Vcpu(int vm, uint id, bool add = true) =>
        Profile == AbiProfiles.V10 ? Ioctl(vm, add ? "VM_ADD_FUNCTION" : "VM_REMOVE_FUNCTION", new FnDesc(1, 0, id)) : Function(vm, add, 1, BitConverter.GetBytes(id));

    public static int Check(int result)
    {
        Assert.True(result >= 0, $"expected success, got {Errno.NameOf(result)}");
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await Driver.DisposeAsync();
        await server.DisposeAsync();
        FreeBuffers();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private unsafe void FreeBuffers()
    {
        foreach (var buffer in buffers)
        {
            NativeMemory.AlignedFree((void*)buffer);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    public readonly record struct RegionArg(uint Label, uint Flags, ulong Guest, ulong Size, ulong User);

    [StructLayout(LayoutKind.Sequential)]
    public readonly record struct Pair(ulong First, ulong Second);

    [StructLayout(LayoutKind.Sequential)]
    public readonly record struct FnDesc(uint Type, uint ArgSize, ulong Arg);

    [StructLayout(LayoutKind.Sequential)]
    public readonly record struct MapArg(ulong Guest, uint Flags, uint Fd, ulong Offset, ulong Size);

    [StructLayout(LayoutKind.Sequential)]
    public readonly record struct BootArg(uint Reg, uint Reserved, ulong Value);

    /// <summary>Sends RM notifications to the host as the RM would.</summary>
    public readonly record struct IRpcSink(Gunyah.Interop.Rpc.IRpcNotificationSink Sink)
    {
        public void Status(ushort vmid, GhRmVmStatus status) => FakeRm.Status(Sink, vmid, status).AsTask().Wait();

        public void Exit(ushort vmid, ushort type, byte[] reason) => FakeRm.Exit(Sink, vmid, type, reason).AsTask().Wait();
    }
}
