using Gunyah.Sdk.ResourceManager.Client;
using Gunyah.Sdk.ResourceManager.Transport;

namespace Gunyah.Sdk.Tests.ResourceManager.Client;

public class RmCallTableTests
{
    private readonly RmClient owner = new(InMemoryRmLink.Create().Client);
    private readonly RmCallTable table = new();

    private RmPendingCall Add(uint messageId = 0x56000001)
    {
        var call = new RmPendingCall(owner);
        call.Prepare(messageId, CancellationToken.None);
        Assert.True(table.TryAdd(call, out _));
        return call;
    }

    [Fact]
    public void The_first_sequence_number_is_zero_like_linux_xa_alloc_cyclic() =>
        Assert.Equal(0, Add().Sequence);

    [Fact]
    public void Sequence_numbers_advance_cyclically_even_after_earlier_ones_are_freed()
    {
        var first = Add();
        Assert.True(table.TryRemove(first));

        Assert.Equal(1, Add().Sequence);
        Assert.Equal(2, Add().Sequence);
    }

    [Fact]
    public void Allocation_wraps_from_65535_to_0()
    {
        table.NextSequence = ushort.MaxValue;

        Assert.Equal(ushort.MaxValue, Add().Sequence);
        Assert.Equal(0, Add().Sequence);
    }

    [Fact]
    public void Allocation_skips_sequence_numbers_still_in_flight()
    {
        Add(); // 0 stays in flight
        var one = Add();
        table.TryRemove(one);
        table.NextSequence = ushort.MaxValue;
        Add(); // 65535

        Assert.Equal(1, Add().Sequence);
    }

    [Fact]
    public void A_full_table_refuses_a_new_call()
    {
        for (var i = 0; i <= ushort.MaxValue; i++)
        {
            Add();
        }

        var extra = new RmPendingCall(owner);
        Assert.False(table.TryAdd(extra, out var full));
        Assert.True(full);
    }

    [Fact]
    public void A_reply_is_matched_by_sequence_and_message_id()
    {
        var call = Add(0x56000004);

        Assert.Equal(RmReplyMatch.MessageIdMismatch, table.TryTakeReply(call.Sequence, 0x56000005, out _, out var waiting));
        Assert.Equal(0x56000004u, waiting);
        Assert.Equal(1, table.Count);

        Assert.Equal(RmReplyMatch.Taken, table.TryTakeReply(call.Sequence, 0x56000004, out var taken, out _));
        Assert.Same(call, taken);
        Assert.Equal(0, table.Count);
        Assert.Equal(RmReplyMatch.NoSuchSequence, table.TryTakeReply(call.Sequence, 0x56000004, out _, out _));
    }

    [Fact]
    public void Removing_a_call_that_a_reply_already_took_does_nothing()
    {
        var call = Add();
        table.TryTakeReply(call.Sequence, call.MessageId, out _, out _);

        Assert.False(table.TryRemove(call));
    }

    [Fact]
    public void Closing_hands_back_waiting_calls_and_refuses_new_ones()
    {
        var a = Add();
        var b = Add();

        var waiting = table.Close();

        Assert.Equal(new[] { a, b }.ToHashSet(), waiting.ToHashSet());
        Assert.False(table.TryAdd(new RmPendingCall(owner), out var full));
        Assert.False(full);
    }
}
