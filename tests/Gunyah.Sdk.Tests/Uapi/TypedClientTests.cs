using System.Runtime.InteropServices;
using Android14 = Gunyah.Sdk.Uapi.Android14;
using V17 = Gunyah.Sdk.Uapi.V17;

namespace Gunyah.Sdk.Tests.Uapi;

/// <summary>The generated per-fd clients issue the right request with the argument's exact bytes.</summary>
public class TypedClientTests
{
    [Fact]
    public void Vm_client_passes_the_region_struct_by_address()
    {
        var target = new RecordingIoctlTarget(result: 0);
        var region = new Android14.GhUserspaceMemoryRegion
        {
            Label = 7,
            Flags = (uint)(Android14.GhMemFlags.Read | Android14.GhMemFlags.Write),
            GuestPhysAddr = 0x8000_0000,
            MemorySize = 0x10_0000,
            UserspaceAddr = 0x7f00_0000_0000,
        };

        Assert.Equal(0, new Android14.VmIoctls(target).SetUserMemRegion(in region));

        var call = Assert.Single(target.Calls);
        Assert.Equal(0x40204701u, call.Request);
        Assert.Equal(MemoryMarshal.AsBytes(new ReadOnlySpan<Android14.GhUserspaceMemoryRegion>(in region)).ToArray(), call.Bytes);
        Assert.Equal(7u, BitConverter.ToUInt32(call.Bytes, 0));
        Assert.Equal(0x8000_0000ul, BitConverter.ToUInt64(call.Bytes, 8));
    }

    [Fact]
    public void Clients_return_the_kernel_result_unchanged_including_negative_errno()
    {
        var target = new RecordingIoctlTarget(result: -22);
        Assert.Equal(-22, new V17.VmIoctls(target).Start());
        Assert.Equal(0x4703u, Assert.Single(target.Calls).Request);
    }

    [Fact]
    public void Device_client_names_its_methods_after_the_ioctl_without_the_family_prefix()
    {
        var target = new RecordingIoctlTarget(result: 3);
        var device = new V17.DeviceIoctls(target);
        var args = new V17.GunyahCreateMemArgs { Size = 0x20_0000, Flags = (ulong)V17.GunyahMemFlags.Cloexec };

        Assert.Equal(3, device.CreateVm());
        Assert.Equal(3, device.CreateGuestMem(in args));
        Assert.Equal(new[] { 0x4700u, 0x40404708u }, target.Calls.Select(c => c.Request));
        Assert.Equal(0x20_0000ul, BitConverter.ToUInt64(target.Calls[1].Bytes, 8));
    }

    [Fact]
    public void Ioctl_table_decodes_a_request_and_pretty_prints_its_argument()
    {
        Assert.True(V17.IoctlTable.TryFind(0x40204709, out var mapMem));
        Assert.Equal("GUNYAH_VM_MAP_MEM", mapMem.Name);
        Assert.Equal(typeof(V17.GunyahMapMemArgs), mapMem.ArgumentType);
        Assert.Equal("vm", mapMem.FdKind);

        var args = new V17.GunyahMapMemArgs { GuestAddr = 0x8000_0000, GuestMemFd = 5, Size = 0x1000 };
        var text = mapMem.FormatArgument(MemoryMarshal.AsBytes(new ReadOnlySpan<V17.GunyahMapMemArgs>(in args)));
        Assert.Contains("guest_mem_fd = 0x5", text, StringComparison.Ordinal);
        Assert.False(V17.IoctlTable.TryFind(0x40204701, out _));
    }
}
