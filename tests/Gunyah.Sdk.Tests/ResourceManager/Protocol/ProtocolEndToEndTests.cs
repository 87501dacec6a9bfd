using Gunyah.Sdk.ResourceManager.Errors;
using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Protocol;
using static Gunyah.Sdk.Tests.ResourceManager.Protocol.ProtocolStack;

namespace Gunyah.Sdk.Tests.ResourceManager.Protocol;

/// <summary>Typed calls, errors and notifications through the real client, transport, server and dispatcher.</summary>
public class ProtocolEndToEndTests
{
    [Fact]
    public async Task VM_ALLOC_VMID_for_vmid_0_returns_the_vmid_the_handler_granted()
    {
        await using var stack = Start();
        stack.Handler.Answer = (_, _) => (0, new GhRmVmAllocVmidResp { Vmid = 0x80 });

        var reply = await Bounded(stack.Client.VmAllocVmidAsync(new GhRmVmAllocVmidReq { Vmid = 0 }));

        Assert.Equal(0x80u, reply.Vmid);
        var call = Assert.Single(stack.Handler.Received);
        Assert.Equal((GhRmMessages.GH_RM_RPC_VM_ALLOC_VMID, ClientVmid), (call.MessageId, call.Caller));
        Assert.Equal(0, Assert.IsType<GhRmVmAllocVmidReq>(call.Request).Vmid);
    }

    [Fact]
    public async Task MEM_LEND_with_512_SGL_entries_reaches_the_handler_whole_across_36_fragments()
    {
        await using var stack = Start();
        stack.Handler.Answer = (_, _) => (0, new GhRmMemHandleResp { MemHandle = 0x1234 });
        var sgl = Enumerable.Range(0, 512)
            .Select(i => new GhRmMemEntry { Ipa = 0x80000000ul + ((ulong)i << 16), Size = 0x1000ul * (ulong)(i + 1) })
            .ToArray();
        // The request is far over one 232-byte fragment; the client must fragment it and the server reassemble it.
        Assert.Equal(36, RmFragmenter.FragmentCountFor(GhRmMemShareReq.GetEncodedLength(1, 512, 0)));

        var reply = await Bounded(stack.Client.MemLendAsync(GoldenVectorTests.MemLendFixed, GoldenVectorTests.MemLendAcl, sgl, ReadOnlyMemory<GhRmMemAttrEntry>.Empty));

        Assert.Equal(0x1234u, reply.MemHandle);
        var request = Assert.IsType<GhRmMemShareReqPayload>(Assert.Single(stack.Handler.Received).Request);
        Assert.Equal(512, request.Sgl.Length);
        FieldAssert.Equal(sgl, request.Sgl);
        FieldAssert.Equal(GoldenVectorTests.MemLendAcl, request.Acl);
        Assert.Empty(request.Attrs);
        Assert.Equal((0, 1, 0xCAFE0001u), (request.Fixed.MemType, request.Fixed.Flags, request.Fixed.Label));
    }

    [Fact]
    public async Task VM_GET_HYP_RESOURCES_returns_every_entry_of_a_multi_fragment_reply()
    {
        await using var stack = Start();
        var entries = WireValues.Entries<GhRmHypResource>(12, 5);
        var answer = new GhRmVmGetHypResourcesRespPayload(new GhRmVmGetHypResourcesResp { NEntries = 12 }, entries);
        stack.Handler.Answer = (_, _) => (0, answer);
        // Error word + u32 count + 12 × 44 = 536 bytes: three fragments back to the client.
        Assert.Equal(3, RmFragmenter.FragmentCountFor(RmWire.ErrorWordSize + GhRmVmGetHypResourcesResp.GetEncodedLength(12)));

        var reply = await Bounded(stack.Client.VmGetHypResourcesAsync(new GhRmVmCommonVmidReq { Vmid = 0x80 }));

        FieldAssert.Equal(answer, reply);
        Assert.Equal(0x80, Assert.IsType<GhRmVmCommonVmidReq>(Assert.Single(stack.Handler.Received).Request).Vmid);
    }

    [Theory]
    [InlineData(GhRmError.VmidInvalid, 22)]
    [InlineData(GhRmError.Denied, 1)]
    [InlineData(GhRmError.Busy, 16)]
    [InlineData(GhRmError.VmState, 74)]
    public async Task A_handler_error_status_surfaces_as_RmException_with_the_RM_code_and_the_Linux_errno(GhRmError status, int errno)
    {
        await using var stack = Start();
        stack.Handler.Answer = (_, _) => ((uint)status, null);

        var error = await Assert.ThrowsAsync<RmException>(() => Bounded(stack.Client.VmStartAsync(new GhRmVmCommonVmidReq { Vmid = 0x80 })));

        Assert.Equal((status, errno, GhRmMessages.GH_RM_RPC_VM_START), (error.Code, error.Errno, error.MessageId));
    }

    [Theory]
    [InlineData(0x56000007u)] // VM_SUSPEND: an id rm_ids.h defines without annotation
    [InlineData(0x56100008u)] // NOTIF_VM_STATUS: a notification id is not a call
    [InlineData(0x12345678u)]
    public async Task An_unknown_message_id_sent_raw_is_answered_UNIMPLEMENTED_which_is_EOPNOTSUPP(uint messageId)
    {
        await using var stack = Start();

        var error = await Assert.ThrowsAsync<RmException>(async () =>
        {
            using var reply = await Bounded(stack.Transport.CallAsync(messageId, new byte[] { 0x80, 0, 0, 0 }, CancellationToken.None));
        });

        Assert.Equal((GhRmError.Unimplemented, 95, messageId), (error.Code, error.Errno, error.MessageId));
        Assert.Empty(stack.Handler.Received);
    }

    [Theory]
    [InlineData(0x56000005u, 7)] // VM_STOP is exactly 8 bytes
    [InlineData(0x56000005u, 9)]
    [InlineData(0x51000020u, 1)] // FW_MILESTONE takes no payload
    [InlineData(0x51000012u, 14)] // MEM_LEND cut inside its SGL list header (12 bytes would end where it starts: valid)
    public async Task A_malformed_request_sent_raw_is_answered_with_the_invalid_message_status(uint messageId, int length)
    {
        await using var stack = Start();

        var error = await Assert.ThrowsAsync<RmException>(async () =>
        {
            using var reply = await Bounded(stack.Transport.CallAsync(messageId, new byte[length], CancellationToken.None));
        });

        Assert.Equal((GhRmError.Invalid, 22), (error.Code, error.Errno));
        Assert.Empty(stack.Handler.Received);
    }

    [Fact]
    public async Task NOTIF_VM_STATUS_sent_with_the_generated_sender_raises_the_typed_event_at_the_client()
    {
        await using var stack = Start();
        var received = new TaskCompletionSource<GhRmVmStatusPayload>(TaskCreationOptions.RunContinuationsAsynchronously);
        stack.Client.NotifVmStatusReceived += payload => received.TrySetResult(payload);
        var sent = new GhRmVmStatusPayload { Vmid = 0x80, VmStatus = (byte)GhRmVmStatus.Reset, OsStatus = 0, AppStatus = 0x55 };

        await Bounded(GhRmNotifications.SendNotifVmStatusAsync(stack.Server.GetNotificationSink(ClientVmid), sent));

        FieldAssert.Equal(sent, await received.Task.WaitAsync(Deadline));
    }

    [Fact]
    public async Task A_notification_payload_that_does_not_decode_raises_NotificationDecodeFailed_instead_of_the_event()
    {
        await using var stack = Start();
        var failed = new TaskCompletionSource<Gunyah.Interop.Rpc.RpcDecodeException>(TaskCreationOptions.RunContinuationsAsynchronously);
        var raised = 0;
        stack.Client.NotifVmStatusReceived += _ => Interlocked.Increment(ref raised);
        stack.Client.NotificationDecodeFailed += error => failed.TrySetResult(error);

        await Bounded(stack.Server.GetNotificationSink(ClientVmid).NotifyAsync(GhRmMessages.GH_RM_RPC_NOTIF_VM_STATUS, new byte[7], CancellationToken.None));

        var error = await failed.Task.WaitAsync(Deadline);
        Assert.Equal((GhRmMessages.GH_RM_RPC_NOTIF_VM_STATUS, 7), (error.MessageId, error.PayloadLength));
        Assert.Equal(0, Volatile.Read(ref raised));
    }
}
