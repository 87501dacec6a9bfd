using System.Collections.Concurrent;
using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.Reference.ResourceManager;
using Gunyah.Sdk.ResourceManager.Client;
using Gunyah.Sdk.ResourceManager.Errors;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.Tests.ResourceManager;

/// <summary>
/// The RM as a real host reaches it: a <see cref="GhRmClient"/> over an <see cref="RmClient"/> over an in-memory
/// queue pair to the <see cref="ReferenceRmService"/>'s server, one connection per VM, each logging the
/// notifications it receives.
/// </summary>
internal sealed class RmBed : IAsyncDisposable
{
    public const ushort Hlos = 3;
    public const ulong ParcelBase = 0x9000_0000;
    public const ulong ParcelSize = 0x10_0000;
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly List<RmConnection> connections = [];
    private ulong nextParcel = ParcelBase;

    public RmBed(int maxVcpus = 64)
    {
        Platform = new InMemoryRmPlatform();
        Faults = new FaultyPlatform(Platform);
        Service = new ReferenceRmService(Faults, maxVcpus: maxVcpus);
        Host = Connect(Hlos);
    }

    public InMemoryRmPlatform Platform { get; }

    public FaultyPlatform Faults { get; }

    public ReferenceRmService Service { get; }

    public ReferenceResourceManager Rm => Service.ResourceManager;

    public RmConnection Host { get; }

    public RmConnection Connect(ushort vmid)
    {
        var connection = new RmConnection(vmid, Service.Connect(vmid));
        connections.Add(connection);
        return connection;
    }

    /// <summary>The RM error a call fails with (OK when it succeeds).</summary>
    public static async Task<GhRmError> Code(Func<Task> call)
    {
        try
        {
            await call().WaitAsync(Patience);
            return GhRmError.Ok;
        }
        catch (RmException e)
        {
            return e.Code;
        }
    }

    /// <summary>VM_GET_HYP_RESOURCES as <paramref name="who"/> sees it, decoded with the generated reader and its size checked.</summary>
    public static async Task<GhRmHypResource[]> HypResourcesAsync(RmConnection who, ushort vmid)
    {
        var request = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(request, vmid);
        using var reply = await who.Transport.CallAsync(GhRmMessages.GH_RM_RPC_VM_GET_HYP_RESOURCES, request, CancellationToken.None).AsTask().WaitAsync(Patience);
        var payload = reply.Payload.ToArray();
        Assert.True(GhRmVmGetHypResourcesRespReader.TryRead(payload, out var reader));
        var decoded = reader.ToPayload();
        Assert.Equal(4 + (44 * decoded.Entries.Length), payload.Length);
        Assert.Equal((uint)decoded.Entries.Length, decoded.Fixed.NEntries);
        return decoded.Entries;
    }

    public static byte[] Dtb(GunyahVmDeviceTreeOptions? options = null) => new GunyahVmDeviceTreeBuilder(options).Build().ToArray();

    /// <summary>A fresh page-aligned host range for a parcel.</summary>
    public ulong NextHostRange(ulong size = ParcelSize)
    {
        var at = nextParcel;
        nextParcel += (size + 0xFFFF) & ~0xFFFFUL;
        return at;
    }

    public async Task<ushort> AllocateAsync() => (ushort)(await Host.Client.VmAllocVmidAsync(new GhRmVmAllocVmidReq()).AsTask().WaitAsync(Patience)).Vmid;

    /// <summary>Lends one host range to <paramref name="vmid"/> (RWX); the DTB, when given, is written at its start.</summary>
    public async Task<(uint Handle, ulong Ipa)> LendAsync(ushort vmid, byte[]? dtb = null, ulong size = ParcelSize)
    {
        var ipa = NextHostRange(size);
        if (dtb is not null)
        {
            Platform.WriteMemory(Hlos, ipa, dtb);
        }

        var handle = await Host.Client.MemLendAsync(
            new GhRmMemShareReq { MemType = (byte)GhRmMemType.Normal, Label = 1 },
            new[] { new GhRmMemAclEntry { Vmid = vmid, Rights = (byte)GhRmMemAclRights.Rwx } },
            new[] { new GhRmMemEntry { Ipa = ipa, Size = size } },
            Array.Empty<GhRmMemAttrEntry>()).AsTask().WaitAsync(Patience);
        return (handle.MemHandle, ipa);
    }

    public Task ConfigAsync(ushort vmid, uint handle, byte[] dtb, GhRmVmAuthMech auth = GhRmVmAuthMech.None) =>
        Host.Client.VmConfigImageAsync(new GhRmVmConfigImageReq
        {
            Vmid = vmid,
            AuthMech = (ushort)auth,
            MemHandle = handle,
            DtbOffset = 0,
            DtbSize = (ulong)dtb.Length + 0x1000,
        }).AsTask().WaitAsync(Patience);

    public Task InitAsync(ushort vmid) => Host.Client.VmInitAsync(new GhRmVmCommonVmidReq { Vmid = vmid }).AsTask().WaitAsync(Patience);

    public Task StartAsync(ushort vmid) => Host.Client.VmStartAsync(new GhRmVmCommonVmidReq { Vmid = vmid }).AsTask().WaitAsync(Patience);

    public Task StopAsync(ushort vmid, bool force = true, uint reason = 3) =>
        Host.Client.VmStopAsync(new GhRmVmStopReq { Vmid = vmid, Flags = force ? (byte)GhRmVmStopFlags.Force : (byte)0, StopReason = reason }).AsTask().WaitAsync(Patience);

    public Task ReclaimAsync(uint handle) => Host.Client.MemReclaimAsync(new GhRmMemReleaseReq { MemHandle = handle }).AsTask().WaitAsync(Patience);

    public Task DeallocAsync(ushort vmid) => Host.Client.VmDeallocVmidAsync(new GhRmVmCommonVmidReq { Vmid = vmid }).AsTask().WaitAsync(Patience);

    /// <summary>VM_RESET, then waits for the NOTIFY_VM_STATUS that says RESET.</summary>
    public async Task ResetAsync(ushort vmid)
    {
        var reset = Host.Log.WaitForStatusAsync(vmid, GhRmVmStatus.Reset);
        await Host.Client.VmResetAsync(new GhRmVmCommonVmidReq { Vmid = vmid }).AsTask().WaitAsync(Patience);
        await reset.WaitAsync(Patience);
    }

    /// <summary>Allocate, lend a DTB parcel, config, init: a READY VM with <paramref name="options"/>' devicetree.</summary>
    public async Task<(ushort Vmid, uint Handle)> ReadyVmAsync(GunyahVmDeviceTreeOptions? options = null)
    {
        var vmid = await AllocateAsync();
        var dtb = Dtb(options);
        var (handle, _) = await LendAsync(vmid, dtb);
        await ConfigAsync(vmid, handle, dtb);
        await InitAsync(vmid);
        return (vmid, handle);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        await Service.DisposeAsync();
    }
}

/// <summary>One VM's connection to the RM, with its notification log.</summary>
internal sealed class RmConnection : IAsyncDisposable
{
    public RmConnection(ushort vmid, Gunyah.Sdk.ResourceManager.Transport.RmQueuePair queues)
    {
        Vmid = vmid;
        Transport = new RmClient(queues);
        Client = new GhRmClient(Transport, Transport);
        Transport.NotificationReceived += (id, payload) => Log.Add(id, payload.ToArray());
        Transport.Start();
    }

    public ushort Vmid { get; }

    public RmClient Transport { get; }

    public GhRmClient Client { get; }

    public NotificationLog Log { get; } = new();

    /// <summary>Sends <paramref name="payload"/> as it is (no encoder), for the cross-checks of raw tails.</summary>
    public Task<GhRmError> RawAsync(uint messageId, byte[] payload) =>
        RmBed.Code(async () => (await Transport.CallAsync(messageId, payload, CancellationToken.None)).Dispose());

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Transport.DisposeAsync();
    }
}

/// <summary>Notifications one VM received, in order.</summary>
internal sealed class NotificationLog
{
    private readonly ConcurrentQueue<(uint Id, byte[] Payload)> all = new();
    private readonly List<(Func<uint, byte[], bool> Match, TaskCompletionSource<byte[]> Done)> waiters = [];
    private readonly Lock gate = new();

    public IReadOnlyList<(uint Id, byte[] Payload)> All => all.ToArray();

    public void Add(uint id, byte[] payload)
    {
        lock (gate)
        {
            all.Enqueue((id, payload));
            foreach (var waiter in waiters.Where(w => w.Match(id, payload)).ToArray())
            {
                waiters.Remove(waiter);
                waiter.Done.TrySetResult(payload);
            }
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            all.Clear();
        }
    }

    /// <summary>The first notification matching (already received or still to come).</summary>
    public Task<byte[]> WaitForAsync(Func<uint, byte[], bool> match) => WaitForAsync(match, fresh: false);

    /// <summary>A matching notification; with <paramref name="fresh"/>, only one received after this call.</summary>
    public Task<byte[]> WaitForAsync(Func<uint, byte[], bool> match, bool fresh)
    {
        lock (gate)
        {
            foreach (var (id, payload) in all)
            {
                if (!fresh && match(id, payload))
                {
                    return Task.FromResult(payload);
                }
            }

            var done = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((match, done));
            return done.Task;
        }
    }

    /// <summary>The next NOTIFY_VM_STATUS (received after this call) saying <paramref name="vmid"/> is in <paramref name="status"/>.</summary>
    public Task<byte[]> WaitForStatusAsync(ushort vmid, GhRmVmStatus status) =>
        WaitForAsync((id, p) => id == GhRmMessages.GH_RM_RPC_NOTIF_VM_STATUS && Decode.Status(p) is var s && s.Vmid == vmid && s.VmStatus == (byte)status, fresh: true);

    /// <summary>The VM statuses NOTIFY_VM_STATUS reported for <paramref name="vmid"/>, in order.</summary>
    public GhRmVmStatus[] Statuses(ushort vmid) =>
        All.Where(n => n.Id == GhRmMessages.GH_RM_RPC_NOTIF_VM_STATUS).Select(n => Decode.Status(n.Payload)).Where(s => s.Vmid == vmid)
            .Select(s => (GhRmVmStatus)s.VmStatus).ToArray();

    public (uint Id, byte[] Payload)[] OfId(uint id) => All.Where(n => n.Id == id).ToArray();
}

/// <summary>Notification payloads decoded with the generated codecs.</summary>
internal static class Decode
{
    public static GhRmVmStatusPayload Status(byte[] payload)
    {
        Assert.True(GhRmVmStatusPayload.TryDecode(payload, out var value, out var consumed));
        Assert.Equal(8, consumed);
        return value;
    }

    public static (GhRmVmExitedPayload Fixed, byte[] Reason) Exited(byte[] payload)
    {
        Assert.True(GhRmVmExitedPayloadReader.TryRead(payload, out var reader));
        var decoded = reader.ToPayload();
        return (decoded.Fixed, decoded.ExitReason);
    }
}
