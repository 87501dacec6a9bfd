using System.Buffers;
using Gunyah.Interop.Rpc;
using Gunyah.Sdk.Reference.ResourceManager;
using Gunyah.Sdk.ResourceManager.Client;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.ResourceManager.Server;
using Gunyah.Sdk.ResourceManager.Transport;
using static Gunyah.Sdk.Reference.Tests.ResourceManager.RmBed;

namespace Gunyah.Sdk.Reference.Tests.ResourceManager;

/// <summary>Every RM message of a VM start, traced at the RM (requests, the notifications each sends, replies) and
/// named with the generated message table, against the L23 host sequence of fact sheet §5.3.</summary>
public sealed class StartTraceTests
{
    [Fact]
    public async Task A_VM_start_is_the_L23_host_sequence_with_a_status_notification_before_each_state_reply()
    {
        var trace = new List<(string Dir, uint Id, string Name, byte[] Payload, string Text)>();
        var gate = new Lock();
        void Record(string dir, uint id, bool isReply, ReadOnlySpan<byte> payload)
        {
            Assert.True(GhRmMessages.TryFind(id, out var descriptor), $"0x{id:x8} is not in the message table");
            lock (gate)
            {
                trace.Add((dir, id, descriptor.Name, payload.ToArray(), GhRmMessages.FormatPayload(id, isReply, payload)));
            }
        }

        var platform = new InMemoryRmPlatform();
        var rm = new ReferenceResourceManager(platform);
        var server = new RmServer(new TracingService(new GhRmDispatcher(rm, (uint)GhRmError.Invalid, (uint)GhRmError.Unimplemented), Record));
        rm.NotificationRoute = vmid => new TracingSink(server.GetNotificationSink(vmid), Record);
        var (vmSide, rmSide) = InMemoryRmLink.Create();
        server.AddClient(Hlos, rmSide);
        await using var transport = new RmClient(vmSide);
        using var host = new GhRmClient(transport, transport);
        transport.Start();
        await using var _ = server;
        var dtb = Dtb();
        platform.WriteMemory(Hlos, ParcelBase, dtb);

        // L23 (fact sheet §5.3): allocate, lend the guest memory, config image, init, get hyp resources, start.
        var vmid = (ushort)(await host.VmAllocVmidAsync(new GhRmVmAllocVmidReq())).Vmid;
        var handle = (await host.MemLendAsync(
            new GhRmMemShareReq { Label = 0 },
            new[] { new GhRmMemAclEntry { Vmid = vmid, Rights = 7 } },
            new[] { new GhRmMemEntry { Ipa = ParcelBase, Size = ParcelSize } },
            Array.Empty<GhRmMemAttrEntry>())).MemHandle;
        await host.VmConfigImageAsync(new GhRmVmConfigImageReq { Vmid = vmid, MemHandle = handle, DtbOffset = 0, DtbSize = 0x1_0000 });
        await host.VmInitAsync(new GhRmVmCommonVmidReq { Vmid = vmid });
        var resources = await host.VmGetHypResourcesAsync(new GhRmVmCommonVmidReq { Vmid = vmid });
        await host.VmStartAsync(new GhRmVmCommonVmidReq { Vmid = vmid });

        var shown = string.Join("\n", trace.Select(t => $"{t.Dir} {t.Name} {t.Text}"));
        string[] expected =
        [
            "call GH_RM_CALL_VM_ALLOC_VMID", "reply GH_RM_CALL_VM_ALLOC_VMID",
            "call GH_RM_CALL_MEM_LEND", "reply GH_RM_CALL_MEM_LEND",
            "call GH_RM_CALL_VM_CONFIG_IMAGE", "notify GH_RM_NOTIF_VM_STATUS", "reply GH_RM_CALL_VM_CONFIG_IMAGE",
            "call GH_RM_CALL_VM_INIT", "notify GH_RM_NOTIF_VM_STATUS", "reply GH_RM_CALL_VM_INIT",
            "call GH_RM_CALL_VM_GET_HYP_RESOURCES", "reply GH_RM_CALL_VM_GET_HYP_RESOURCES",
            "call GH_RM_CALL_VM_START", "notify GH_RM_NOTIF_VM_STATUS", "reply GH_RM_CALL_VM_START",
        ];
        Assert.True(expected.SequenceEqual(trace.Select(t => $"{t.Dir} {t.Name}")), shown);
        var statuses = trace.Where(t => t.Dir == "notify").Select(t => Decode.Status(t.Payload)).ToArray();
        Assert.Equal([(vmid, GhRmVmStatus.Init), (vmid, GhRmVmStatus.Ready), (vmid, GhRmVmStatus.Running)], statuses.Select(s => (s.Vmid, (GhRmVmStatus)s.VmStatus)));
        Assert.All(trace.Where(t => t.Dir == "reply"), t => Assert.False(string.IsNullOrEmpty(t.Text)));
        Assert.Equal(vmid, BitConverter.ToUInt32(trace[1].Payload));
        Assert.Equal(handle, BitConverter.ToUInt32(trace[3].Payload));
        Assert.Equal(4 + (44 * resources.Entries.Length), trace[11].Payload.Length);
    }

    /// <summary>Records each request before the RM handles it and its reply after.</summary>
    private sealed class TracingService(IRpcService inner, Action<string, uint, bool, ReadOnlySpan<byte>> record) : IRpcService
    {
        public async ValueTask<uint> HandleAsync(RpcCaller caller, uint messageId, ReadOnlyMemory<byte> request, IBufferWriter<byte> reply, CancellationToken cancellationToken)
        {
            record("call", messageId, false, request.Span);
            var buffer = new ArrayBufferWriter<byte>();
            var status = await inner.HandleAsync(caller, messageId, request, buffer, cancellationToken);
            Assert.Equal(0u, status);
            record("reply", messageId, true, buffer.WrittenSpan);
            reply.Write(buffer.WrittenSpan);
            return status;
        }
    }

    /// <summary>Records each notification the RM sends.</summary>
    private sealed class TracingSink(IRpcNotificationSink inner, Action<string, uint, bool, ReadOnlySpan<byte>> record) : IRpcNotificationSink
    {
        public ValueTask NotifyAsync(uint messageId, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
        {
            record("notify", messageId, false, payload.Span);
            return inner.NotifyAsync(messageId, payload, cancellationToken);
        }
    }
}
