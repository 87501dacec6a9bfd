using System.Buffers.Binary;
using System.Text;
using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.Reference.ResourceManager;
using Gunyah.Sdk.ResourceManager.Protocol;
using static Gunyah.Sdk.Reference.Tests.ResourceManager.RmBed;

namespace Gunyah.Sdk.Reference.Tests.ResourceManager;

/// <summary>The query calls and VM_SET_STATUS.</summary>
public sealed class QueryTests
{
    private static GhRmVmCommonVmidReq Vm(ushort vmid) => new() { Vmid = vmid };

    private static GhRmVmLookupNameReq Name(string text) => new() { Len = (ushort)Encoding.ASCII.GetByteCount(text) };

    [Fact]
    public async Task Vmid_owner_peers_and_host_type_answer_for_the_caller()
    {
        await using var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync();
        var other = await bed.AllocateAsync();
        var guest = bed.Connect(vmid);

        Assert.Equal(3u, (await bed.Host.Client.VmGetVmidAsync()).Vmid);
        Assert.Equal(vmid, (await guest.Client.VmGetVmidAsync()).Vmid);
        Assert.Equal(3u, (await guest.Client.VmGetOwnerAsync()).Vmid);
        Assert.Equal(GhRmError.VmidInvalid, await Code(() => bed.Host.Client.VmGetOwnerAsync().AsTask()));
        Assert.Equal([3u], (await guest.Client.VmGetPeersAsync()).Entries.Select(e => e.Vmid));
        Assert.Equal([vmid, other], (await bed.Host.Client.VmGetPeersAsync()).Entries.Select(e => (ushort)e.Vmid));
        Assert.Equal(ReferenceResourceManager.HostType, (await guest.Client.VmHostGetTypeAsync()).HostType);
        Assert.Equal(0x01000164u, ReferenceResourceManager.HostType);
    }

    [Fact]
    public async Task Set_status_updates_the_state_word_and_notifies_the_owner()
    {
        await using var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync();
        await bed.StartAsync(vmid);
        var guest = bed.Connect(vmid);
        bed.Host.Log.Clear();

        await guest.Client.VmSetStatusAsync(new GhRmVmSetStatusReq { VmStatus = 9, OsStatus = (byte)GhRmOsStatus.Run, AppStatus = 0x77 });
        await guest.Client.VmSetStatusAsync(new GhRmVmSetStatusReq { OsStatus = 0, AppStatus = 0x78 });

        await bed.Host.Log.WaitForAsync((id, p) => id == GhRmMessages.GH_RM_RPC_NOTIF_VM_STATUS && Decode.Status(p).AppStatus == 0x78).WaitAsync(Patience);
        var notes = bed.Host.Log.OfId(GhRmMessages.GH_RM_RPC_NOTIF_VM_STATUS).Select(n => Decode.Status(n.Payload)).ToArray();
        Assert.Equal([(vmid, (byte)3, (byte)4, (ushort)0x77), (vmid, (byte)3, (byte)4, (ushort)0x78)], notes.Select(n => (n.Vmid, n.VmStatus, n.OsStatus, n.AppStatus)));
        var state = await guest.Client.VmGetStateAsync(Vm(0));
        Assert.Equal(((byte)GhRmVmStatus.Running, (byte)4, (ushort)0x78), (state.VmStatus, state.OsStatus, state.AppStatus));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => guest.Client.VmSetStatusAsync(new GhRmVmSetStatusReq { OsStatus = 8 }).AsTask()));
        Assert.Equal(GhRmError.Denied, await Code(() => bed.Host.Client.VmSetStatusAsync(new GhRmVmSetStatusReq { OsStatus = 1 }).AsTask()));
    }

    [Fact]
    public async Task Get_state_is_for_the_VM_its_owner_and_peers()
    {
        await using var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync();
        var stranger = bed.Connect(await bed.AllocateAsync());

        Assert.Equal((byte)GhRmVmStatus.Running, (await bed.Host.Client.VmGetStateAsync(Vm(0))).VmStatus);
        Assert.Equal((byte)GhRmVmStatus.Ready, (await bed.Host.Client.VmGetStateAsync(Vm(vmid))).VmStatus);
        Assert.Equal(GhRmError.VmidInvalid, await Code(() => stranger.Client.VmGetStateAsync(Vm(vmid)).AsTask()));
    }

    [Fact]
    public async Task Get_id_lists_GUID_URI_NAME_and_SIGN_AUTH_for_a_built_VM()
    {
        await using var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync(new GunyahVmDeviceTreeOptions { ImageName = "vm-a" });
        var loading = await bed.AllocateAsync();

        var reply = await bed.Host.Client.VmGetIdAsync(Vm(vmid));

        Assert.Equal(3u, reply.Fixed.NEntries);
        var ids = new List<(byte Type, byte[] Bytes)>();
        for (var at = 0; at < reply.Data.Length;)
        {
            var size = BinaryPrimitives.ReadUInt16LittleEndian(reply.Data.AsSpan(at + 2));
            ids.Add((reply.Data[at], reply.Data.AsSpan(at + 4, size).ToArray()));
            at += 4 + ((size + 3) & ~3);
        }

        Assert.Equal([(byte)GhRmVmIdType.Guid, (byte)GhRmVmIdType.Name, (byte)GhRmVmIdType.SignAuth], ids.Select(i => i.Type));
        Assert.Equal(16, ids[0].Bytes.Length);
        Assert.Equal("vm-a", Encoding.ASCII.GetString(ids[1].Bytes));
        Assert.Equal(GhRmError.VmState, await Code(() => bed.Host.Client.VmGetIdAsync(Vm(loading)).AsTask()));
    }

    [Fact]
    public async Task Lookups_find_VMs_by_name_URI_and_GUID_and_check_the_text_length()
    {
        await using var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync(new GunyahVmDeviceTreeOptions { ImageName = "vm-b" });

        Assert.Equal([vmid], (await bed.Host.Client.VmLookupNameAsync(Name("vm-b"), Encoding.ASCII.GetBytes("vm-b"))).Entries.Select(e => e.Vmid));
        Assert.Empty((await bed.Host.Client.VmLookupNameAsync(Name("vm-c"), Encoding.ASCII.GetBytes("vm-c"))).Entries);
        Assert.Empty((await bed.Host.Client.VmLookupUriAsync(Name("x"), Encoding.ASCII.GetBytes("x"))).Entries);
        Assert.Contains(vmid, (await bed.Host.Client.VmLookupGuidAsync(new GhRmVmLookupGuidReq())).Entries.Select(e => e.Vmid));
        var longName = new string('n', 80);
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => bed.Host.Client.VmLookupNameAsync(Name(longName), Encoding.ASCII.GetBytes(longName)).AsTask()));
        var raw = new byte[] { 4, 0, 0, 0, (byte)'v', (byte)'m' };
        Assert.Equal(GhRmError.Invalid, await bed.Host.RawAsync(GhRmMessages.GH_RM_RPC_VM_LOOKUP_NAME, raw));
        var padded = new byte[] { 2, 0, 0, 0, (byte)'v', (byte)'m', 0, 0 };
        Assert.Equal(GhRmError.Ok, await bed.Host.RawAsync(GhRmMessages.GH_RM_RPC_VM_LOOKUP_NAME, padded));
    }

    [Fact]
    public async Task Calls_the_reference_does_not_model_answer_UNIMPLEMENTED()
    {
        await using var bed = new RmBed();

        Assert.Equal(GhRmError.Unimplemented, await Code(() => bed.Host.Client.VmIrqLendAsync(new GhRmVmIrqLendReq()).AsTask()));
        Assert.Equal(GhRmError.Unimplemented, await Code(() => bed.Host.Client.FwMilestoneAsync().AsTask()));
        Assert.Equal(GhRmError.Unimplemented, await bed.Host.RawAsync(0x5600BEEF, []));
    }
}
