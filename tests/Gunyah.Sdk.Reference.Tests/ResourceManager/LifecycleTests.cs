using Gunyah.Sdk.Reference.Hypervisor;
using System.Diagnostics;
using Gunyah.Sdk.ResourceManager.Protocol;
using static Gunyah.Sdk.Reference.Tests.ResourceManager.RmBed;

namespace Gunyah.Sdk.Reference.Tests.ResourceManager;

/// <summary>Many whole VM lifetimes leave nothing behind: no VMID, parcel, handle, vIRQ or platform object.</summary>
public sealed class LifecycleTests
{
    private const int Cycles = 10_000;

    [Fact]
    public async Task Ten_thousand_allocate_config_init_start_stop_reset_dealloc_cycles_leave_nothing_behind()
    {
        await using var bed = new RmBed();
        var c = bed.Host.Client;
        var dtb = Dtb(new Gunyah.Sdk.DeviceTree.GunyahVmDeviceTreeOptions
        {
            VcpuCount = 2,
            Vdevices = [new Gunyah.Sdk.DeviceTree.GunyahDoorbellVdevice("bell") { Label = 1 }, new Gunyah.Sdk.DeviceTree.GunyahMessageQueuePairVdevice("pair") { Label = 2 }],
        });
        const ulong ipa = ParcelBase;
        bed.Platform.WriteMemory(Hlos, ipa, dtb);
        var watch = Stopwatch.StartNew();
        var handles = new HashSet<uint>();

        for (var i = 0; i < Cycles; i++)
        {
            var vmid = (ushort)(await c.VmAllocVmidAsync(new GhRmVmAllocVmidReq())).Vmid;
            var handle = (await c.MemLendAsync(
                new GhRmMemShareReq(),
                new[] { new GhRmMemAclEntry { Vmid = vmid, Rights = 7 } },
                new[] { new GhRmMemEntry { Ipa = ipa, Size = 0x1_0000 } },
                Array.Empty<GhRmMemAttrEntry>())).MemHandle;
            Assert.NotEqual(0xFFFF_FFFFu, handle);
            handles.Add(handle);
            await c.VmConfigImageAsync(new GhRmVmConfigImageReq { Vmid = vmid, MemHandle = handle, DtbSize = 0x1_0000 });
            await c.VmInitAsync(new GhRmVmCommonVmidReq { Vmid = vmid });
            await c.VmStartAsync(new GhRmVmCommonVmidReq { Vmid = vmid });
            await c.VmStopAsync(new GhRmVmStopReq { Vmid = vmid, Flags = (byte)GhRmVmStopFlags.Force });
            await bed.ResetAsync(vmid);
            await c.MemReclaimAsync(new GhRmMemReleaseReq { MemHandle = handle });
            await c.VmDeallocVmidAsync(new GhRmVmCommonVmidReq { Vmid = vmid });
            if (i % 1000 == 0)
            {
                bed.Host.Log.Clear();
            }
        }

        watch.Stop();
        await bed.Rm.WhenCleanupsDone();
        Assert.Equal(Cycles, handles.Count);
        Assert.Equal((0, 0, 0), (bed.Rm.VmCount, bed.Rm.ParcelCount, bed.Rm.HlosVirqCount));
        Assert.Equal(
            (0, 0, 0, 0, 0, 0),
            (bed.Platform.VmCount, bed.Platform.ObjectCount, bed.Platform.CapabilityCount, bed.Platform.VirqBindingCount, bed.Platform.ExtentCount, bed.Platform.MappingCount));
        Assert.Equal(Gunyah.Sdk.Reference.Hypervisor.MemoryAccess.RWX, bed.Platform.AccessOf(Hlos, ipa));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"{Cycles} cycles took {watch.Elapsed}");
    }
}
