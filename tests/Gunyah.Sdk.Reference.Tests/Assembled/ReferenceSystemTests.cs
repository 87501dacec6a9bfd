using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.Tests.ResourceManager;
using Gunyah.Sdk.ResourceManager.Protocol;
using HypAccess = Gunyah.Sdk.Reference.Hypervisor.MemoryAccess;

namespace Gunyah.Sdk.Reference.Tests.Assembled;

/// <summary>
/// The layers wired as the real system is: the host's RM client reaches the Resource Manager only over hypervisor
/// message queues, and every parcel the RM handles becomes ownership and stage-2 state in the hypervisor core,
/// checked by its invariant walk.
/// </summary>
public sealed class ReferenceSystemTests : IAsyncLifetime
{
    private const int MemorySize = 0x10_0000;

    private readonly ReferenceSystem system = ReferenceSystem.Create();
    private readonly RmConnection host;
    private readonly nint memory;

    public ReferenceSystemTests()
    {
        host = new RmConnection(ReferenceHypervisor.HlosVmid, system.HostRmQueues);
        memory = AllocateHostMemory();
    }

    private ulong HostAddress => (ulong)memory;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await system.DisposeAsync();
        FreeHostMemory(memory);
    }

    [Fact]
    public async Task A_VM_goes_through_its_whole_life_over_hypervisor_queues_and_leaves_nothing_behind() => await LifeCycleAsync();

    [Fact]
    public async Task Three_hundred_lifecycles_leave_the_hypervisor_as_they_found_it()
    {
        var before = system.Hypervisor.Counters;
        for (var i = 0; i < 300; i++)
        {
            await LifeCycleAsync();
        }

        Assert.Equal(before, system.Hypervisor.Counters);
        Assert.Equal(0, system.Hypervisor.InvariantViolations);
    }

    private async Task LifeCycleAsync()
    {
        var before = system.Hypervisor.Counters;
        var vmid = (ushort)(await host.Client.VmAllocVmidAsync(new GhRmVmAllocVmidReq()).AsTask().WaitAsync(RmBed.Patience)).Vmid;
        var dtb = new GunyahVmDeviceTreeBuilder(new GunyahVmDeviceTreeOptions { VcpuCount = 2 }).Build().ToArray();
        CopyToHost(dtb, memory);

        var handle = (await host.Client.MemLendAsync(
            new GhRmMemShareReq { MemType = (byte)GhRmMemType.Normal, Label = 1 },
            new[] { new GhRmMemAclEntry { Vmid = vmid, Rights = (byte)GhRmMemAclRights.Rwx } },
            new[] { new GhRmMemEntry { Ipa = HostAddress, Size = MemorySize } },
            Array.Empty<GhRmMemAttrEntry>()).AsTask().WaitAsync(RmBed.Patience)).MemHandle;

        // Lent: the host's own stage 2 no longer reaches the pages.
        Assert.Equal(HypError.Denied, Refused(system.Hypervisor.CheckAccess(system.HostVm, HostAddress, 4096, HypAccess.R)));

        await host.Client.VmConfigImageAsync(new GhRmVmConfigImageReq
        {
            Vmid = vmid, AuthMech = (ushort)GhRmVmAuthMech.None, MemHandle = handle, DtbOffset = 0, DtbSize = (ulong)dtb.Length + 0x1000,
        }).AsTask().WaitAsync(RmBed.Patience);
        await host.Client.VmInitAsync(new GhRmVmCommonVmidReq { Vmid = vmid }).AsTask().WaitAsync(RmBed.Patience);

        var guest = system.Hypervisor.GetVm(vmid);
        Assert.NotNull(guest);
        Assert.True(guest.AddressSpace.MappingCount > 0, "the guest has the parcel in its stage 2");
        var vcpus = (await Resources(vmid)).Where(e => e.Type == (byte)GhRmResourceType.Vcpu).ToArray();
        Assert.Equal(2, vcpus.Length);
        foreach (var vcpu in vcpus)
        {
            // The cap id is the host's own: vcpu_run on it reaches a vCPU object (not a null or wrong-type cap).
            var run = system.HostVm.Hypercalls.VcpuRun(vcpu.CapId, 0, 0, 0);
            Assert.DoesNotContain(run.Error, new[] { HypError.CspaceCapNull, HypError.CspaceWrongObjectType, HypError.CspaceInsufficientRights });
        }

        await host.Client.VmStartAsync(new GhRmVmCommonVmidReq { Vmid = vmid }).AsTask().WaitAsync(RmBed.Patience);
        await host.Client.VmStopAsync(new GhRmVmStopReq { Vmid = vmid, Flags = (byte)GhRmVmStopFlags.Force, StopReason = 3 }).AsTask().WaitAsync(RmBed.Patience);
        var reset = host.Log.WaitForStatusAsync(vmid, GhRmVmStatus.Reset);
        await host.Client.VmResetAsync(new GhRmVmCommonVmidReq { Vmid = vmid }).AsTask().WaitAsync(RmBed.Patience);
        await reset.WaitAsync(RmBed.Patience);
        await host.Client.MemReclaimAsync(new GhRmMemReleaseReq { MemHandle = handle }).AsTask().WaitAsync(RmBed.Patience);
        await host.Client.VmDeallocVmidAsync(new GhRmVmCommonVmidReq { Vmid = vmid }).AsTask().WaitAsync(RmBed.Patience);

        Assert.Empty(system.Hypervisor.VerifyInvariants());
        Assert.Equal(0, system.Platform.LiveHandles);
        Assert.Null(system.Hypervisor.GetVm(vmid));
        Assert.Equal(before, system.Hypervisor.Counters);
    }

    [Fact]
    public async Task A_shared_parcel_keeps_the_hosts_access_and_the_invariants_hold()
    {
        var vmid = (ushort)(await host.Client.VmAllocVmidAsync(new GhRmVmAllocVmidReq()).AsTask().WaitAsync(RmBed.Patience)).Vmid;
        await host.Client.MemShareAsync(
            new GhRmMemShareReq { MemType = (byte)GhRmMemType.Normal, Label = 2 },
            new[]
            {
                new GhRmMemAclEntry { Vmid = ReferenceHypervisor.HlosVmid, Rights = (byte)GhRmMemAclRights.Rwx },
                new GhRmMemAclEntry { Vmid = vmid, Rights = (byte)GhRmMemAclRights.R },
            },
            new[] { new GhRmMemEntry { Ipa = HostAddress, Size = MemorySize } },
            Array.Empty<GhRmMemAttrEntry>()).AsTask().WaitAsync(RmBed.Patience);

        Assert.Equal(HypError.Ok, system.Hypervisor.CheckAccess(system.HostVm, HostAddress, 4096, HypAccess.RW));
        Assert.Empty(system.Hypervisor.VerifyInvariants());
    }

    private static unsafe nint AllocateHostMemory()
    {
        var pointer = NativeMemory.AlignedAlloc(MemorySize, (nuint)ReferenceHypervisor.PageSize);
        NativeMemory.Clear(pointer, MemorySize);
        return (nint)pointer;
    }

    private static unsafe void FreeHostMemory(nint pointer) => NativeMemory.AlignedFree((void*)pointer);

    private static unsafe void CopyToHost(byte[] data, nint at) => data.CopyTo(new Span<byte>((void*)at, MemorySize));

    private static HypError Refused(HypError error) => error == HypError.AddressInvalid ? HypError.Denied : error;

    private async Task<GhRmHypResource[]> Resources(ushort vmid)
    {
        var request = new byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(request, vmid);
        using var reply = await host.Transport.CallAsync(GhRmMessages.GH_RM_RPC_VM_GET_HYP_RESOURCES, request, CancellationToken.None).AsTask().WaitAsync(RmBed.Patience);
        Assert.True(GhRmVmGetHypResourcesRespReader.TryRead(reply.Payload.Span, out var reader));
        return reader.ToPayload().Entries;
    }
}
