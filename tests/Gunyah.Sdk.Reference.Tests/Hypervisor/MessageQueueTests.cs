using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Tests.Hypervisor;

/// <summary>Message queue hypercalls (fact sheet §6.3): FIFO, limits, flags and the vIRQ rules.</summary>
public class MessageQueueTests
{
    private const uint TxVirq = 40, RxVirq = 41;

    private readonly ReferenceHypervisor hyp = new();
    private readonly RecordingVirqSink senderSink = new(), receiverSink = new();
    private readonly HypervisorVm sender, receiver;
    private readonly ulong sendCap, receiveCap;

    public MessageQueueTests()
    {
        sender = hyp.NewVm(3, senderSink);
        receiver = hyp.NewVm(0xFF, receiverSink);
        var queue = hyp.NewQueue(depth: 3, maxSize: 16);
        sendCap = hyp.GrantCap(sender, queue, CapabilityRights.MessageQueueSend);
        receiveCap = hyp.GrantCap(receiver, queue, CapabilityRights.MessageQueueReceive);
        Assert.Equal(HypError.Ok, hyp.BindVirq(queue, VirqSourceKind.MessageQueueSend, sender, TxVirq));
        Assert.Equal(HypError.Ok, hyp.BindVirq(queue, VirqSourceKind.MessageQueueReceive, receiver, RxVirq));
        hyp.Release(queue);
    }

    private HypError Send(byte[] message, bool push = false) => sender.Hypercalls.MessageQueueSend(sendCap, message, push, out _);

    private (HypError Error, byte[] Data, bool NotEmpty) Receive(int bufferSize = 16)
    {
        var buffer = new byte[bufferSize];
        var error = receiver.Hypercalls.MessageQueueReceive(receiveCap, buffer, out var size, out var notEmpty);
        return (error, buffer[..size], notEmpty);
    }

    [Fact]
    public void Messages_come_out_in_order_with_their_boundaries()
    {
        Assert.Equal(HypError.Ok, Send([1]));
        Assert.Equal(HypError.Ok, Send([2, 2]));
        Assert.Equal(HypError.Ok, Send(new byte[16]));

        Assert.Equal([1], Receive().Data);
        Assert.Equal([2, 2], Receive().Data);
        Assert.Equal(16, Receive().Data.Length);
        Assert.Equal(HypError.MessageQueueEmpty, Receive().Error);
    }

    [Fact]
    public void Sizes_outside_1_to_max_are_ARGUMENT_SIZE_and_queue_nothing()
    {
        Assert.Equal(HypError.ArgumentSize, Send([]));
        Assert.Equal(HypError.ArgumentSize, Send(new byte[17]));
        Assert.Equal(HypError.MessageQueueEmpty, Receive().Error);
    }

    [Fact]
    public void A_full_queue_refuses_and_not_full_reports_the_last_free_slot()
    {
        Assert.True(sender.Hypercalls.MessageQueueSend(sendCap, [1], false, out var notFull) == HypError.Ok && notFull);
        Assert.True(sender.Hypercalls.MessageQueueSend(sendCap, [2], false, out notFull) == HypError.Ok && notFull);
        Assert.Equal(HypError.Ok, sender.Hypercalls.MessageQueueSend(sendCap, [3], false, out notFull));
        Assert.False(notFull);
        Assert.Equal(HypError.MessageQueueFull, sender.Hypercalls.MessageQueueSend(sendCap, [4], false, out notFull));
        Assert.False(notFull);
    }

    [Fact]
    public void Not_empty_reports_whether_more_remain()
    {
        Send([1]);
        Send([2]);
        Assert.True(Receive().NotEmpty);
        Assert.False(Receive().NotEmpty);
    }

    [Fact]
    public void A_message_larger_than_the_buffer_is_ADDRESS_OVERFLOW_and_stays_queued()
    {
        Send([1, 2, 3, 4]);
        Assert.Equal(HypError.AddressOverflow, Receive(bufferSize: 3).Error);
        Assert.Equal([1, 2, 3, 4], Receive().Data);
    }

    [Fact]
    public void The_receivers_vIRQ_fires_when_the_count_reaches_one_or_on_PUSH()
    {
        Send([1]);
        Assert.Equal(1, receiverSink.Asserts(RxVirq));
        Send([2]);
        Assert.Equal(1, receiverSink.Asserts(RxVirq)); // 1 → 2: below no threshold
        Send([3], push: true);
        Assert.Equal(2, receiverSink.Asserts(RxVirq));
        Assert.Equal(0, senderSink.Asserts(TxVirq));
        Assert.DoesNotContain(senderSink.Events, e => e.Virq == RxVirq);
    }

    [Fact]
    public void The_senders_vIRQ_fires_only_when_the_count_drops_from_full()
    {
        Send([1]);
        Send([2]);
        Receive();
        Assert.Equal(0, senderSink.Asserts(TxVirq)); // 2 → 1: never was full
        Send([2]);
        Send([3]);
        Receive();
        Assert.Equal(1, senderSink.Asserts(TxVirq)); // 3 → 2 = depth − 1
        Receive();
        Assert.Equal(1, senderSink.Asserts(TxVirq));
    }

    [Fact]
    public void Flush_empties_the_queue_and_tells_the_sender()
    {
        Send([1]);
        Send([2]);
        Assert.Equal(HypError.Ok, receiver.Hypercalls.MessageQueueFlush(receiveCap));
        Assert.Equal(HypError.MessageQueueEmpty, Receive().Error);
        Assert.Equal(1, senderSink.Asserts(TxVirq));
        Assert.Equal(HypError.Ok, receiver.Hypercalls.MessageQueueFlush(receiveCap));
        Assert.Equal(1, senderSink.Asserts(TxVirq)); // Already empty: nothing to tell.
        Assert.Equal(HypError.Ok, Send([9]));
        Assert.Equal([9], Receive().Data);
    }

    [Theory]
    [InlineData(0, 240)]
    [InlineData(256, 240)]
    [InlineData(8, 0)]
    [InlineData(8, 1024)]
    public void Creation_rejects_depths_and_sizes_out_of_bounds(int depth, int maxSize) =>
        Assert.Equal(HypError.ArgumentInvalid, hyp.CreateMessageQueue(depth, maxSize, out _));

    [Theory]
    [InlineData(255, 1023)]
    [InlineData(1, 1)]
    public void Creation_accepts_the_bounds(int depth, int maxSize) =>
        Assert.Equal(HypError.Ok, hyp.CreateMessageQueue(depth, maxSize, out _));

    [Fact]
    public void A_source_binds_once_and_a_VMs_vIRQ_serves_one_source()
    {
        var queue = hyp.NewQueue(2);
        Assert.Equal(HypError.VirqBound, hyp.BindVirq(queue, VirqSourceKind.MessageQueueSend, sender, TxVirq));
        Assert.Equal(HypError.Ok, hyp.BindVirq(queue, VirqSourceKind.MessageQueueSend, sender, 50));
        Assert.Equal(HypError.VirqBound, hyp.BindVirq(queue, VirqSourceKind.MessageQueueSend, sender, 51));
        Assert.Equal(HypError.ArgumentInvalid, hyp.BindVirq(queue, VirqSourceKind.Doorbell, sender, 52));
        Assert.Equal(HypError.Ok, hyp.UnbindVirq(queue, VirqSourceKind.MessageQueueSend));
        Assert.Equal(HypError.VirqNotBound, hyp.UnbindVirq(queue, VirqSourceKind.MessageQueueSend));
    }
}
