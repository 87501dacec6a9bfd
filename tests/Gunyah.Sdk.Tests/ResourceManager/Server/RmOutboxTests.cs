using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Server;

namespace Gunyah.Sdk.Tests.ResourceManager.Server;

public class RmOutboxTests
{
    private static RmOutgoingMessage Notification(uint id) => new(RmMessageType.Notification, 0, id, new byte[1], 1);

    private static RmOutgoingMessage Reply(uint id) => new(RmMessageType.Reply, 0, id, new byte[4], 4);

    private static List<uint> Drain(RmOutbox outbox)
    {
        var ids = new List<uint>();
        while (outbox.TryTake(out var message))
        {
            ids.Add(message.MessageId);
        }

        return ids;
    }

    [Fact]
    public void Replies_and_notifications_leave_in_the_order_they_were_posted()
    {
        var outbox = new RmOutbox(4);
        outbox.PostNotification(Notification(1), out _);
        outbox.PostReply(Reply(2));
        outbox.PostNotification(Notification(3), out _);

        Assert.Equal([1u, 2u, 3u], Drain(outbox));
    }

    [Fact]
    public void Beyond_the_limit_the_oldest_notification_is_dropped_but_never_the_reply()
    {
        var outbox = new RmOutbox(2);
        outbox.PostReply(Reply(10));
        Assert.False(outbox.PostNotification(Notification(1), out _));
        Assert.False(outbox.PostNotification(Notification(2), out _));

        Assert.True(outbox.PostNotification(Notification(3), out var dropped));

        Assert.Equal(1u, dropped.MessageId);
        Assert.Equal([10u, 2u, 3u], Drain(outbox));
    }

    [Fact]
    public void Only_one_reply_can_be_buffered()
    {
        var outbox = new RmOutbox(2);
        outbox.PostReply(Reply(1));

        Assert.Throws<InvalidOperationException>(() => outbox.PostReply(Reply(2)));
    }
}
