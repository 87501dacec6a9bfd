namespace Gunyah.Sdk.ResourceManager.Client;

/// <summary>What <see cref="RmCallTable.TryTakeReply"/> found for a reply's sequence number.</summary>
internal enum RmReplyMatch
{
    /// <summary>The call was waiting; it is now removed and the caller must complete it.</summary>
    Taken,

    /// <summary>No call waits on that sequence number (never sent, or cancelled/timed out already).</summary>
    NoSuchSequence,

    /// <summary>A call waits on that sequence number but for another message id; Linux ignores such replies.</summary>
    MessageIdMismatch,
}

/// <summary>
/// The calls waiting for replies, keyed by their 16-bit sequence number. Sequence numbers are allocated
/// cyclically and skip any still in flight, like Linux's xa_alloc_cyclic over a 16-bit limit: the first call gets
/// 0 (Linux's allocator is not ALLOC1, so 0 is a valid seq), each next allocation starts after the previous one.
/// </summary>
internal sealed class RmCallTable
{
    private const int SequenceSpace = ushort.MaxValue + 1;

    private readonly Lock gate = new();
    private readonly Dictionary<ushort, RmPendingCall> calls = new();
    private int next;
    private bool closed;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return calls.Count;
            }
        }
    }

    /// <summary>The sequence number the next allocation tries first (tests steer wrap-around with it).</summary>
    internal ushort NextSequence
    {
        get { lock (gate) { return (ushort)next; } }
        set { lock (gate) { next = value; } }
    }

    /// <summary>
    /// Allocates a free sequence number for <paramref name="call"/> and registers it. False when the table is
    /// closed (client disposed) or all 65,536 numbers are in flight (Linux's allocator fails with EBUSY then).
    /// </summary>
    public bool TryAdd(RmPendingCall call, out bool full)
    {
        lock (gate)
        {
            full = false;
            if (closed)
            {
                return false;
            }

            if (calls.Count == SequenceSpace)
            {
                full = true;
                return false;
            }

            var seq = next;
            while (calls.ContainsKey((ushort)seq))
            {
                seq = (seq + 1) % SequenceSpace;
            }

            call.Sequence = (ushort)seq;
            calls.Add((ushort)seq, call);
            next = (seq + 1) % SequenceSpace;
            return true;
        }
    }

    /// <summary>Whether a call waits for a reply with <paramref name="sequence"/> and <paramref name="messageId"/>,
    /// without claiming it.</summary>
    public RmReplyMatch Peek(ushort sequence, uint messageId, out uint waitingMessageId)
    {
        lock (gate)
        {
            waitingMessageId = 0;
            if (!calls.TryGetValue(sequence, out var call))
            {
                return RmReplyMatch.NoSuchSequence;
            }

            waitingMessageId = call.MessageId;
            return call.MessageId == messageId ? RmReplyMatch.Taken : RmReplyMatch.MessageIdMismatch;
        }
    }

    /// <summary>Removes the call a reply with <paramref name="sequence"/> and <paramref name="messageId"/> answers.</summary>
    public RmReplyMatch TryTakeReply(ushort sequence, uint messageId, out RmPendingCall? call, out uint waitingMessageId)
    {
        lock (gate)
        {
            waitingMessageId = 0;
            if (!calls.TryGetValue(sequence, out call))
            {
                return RmReplyMatch.NoSuchSequence;
            }

            if (call.MessageId != messageId)
            {
                waitingMessageId = call.MessageId;
                call = null;
                return RmReplyMatch.MessageIdMismatch;
            }

            calls.Remove(sequence);
            return RmReplyMatch.Taken;
        }
    }

    /// <summary>Removes <paramref name="call"/> if it is still waiting; true means the caller now owns completing it.</summary>
    public bool TryRemove(RmPendingCall call)
    {
        lock (gate)
        {
            if (calls.TryGetValue(call.Sequence, out var current) && ReferenceEquals(current, call))
            {
                calls.Remove(call.Sequence);
                return true;
            }

            return false;
        }
    }

    /// <summary>Refuses further calls and hands back every waiting one, for the caller to fail.</summary>
    public RmPendingCall[] Close()
    {
        lock (gate)
        {
            closed = true;
            var waiting = calls.Values.ToArray();
            calls.Clear();
            return waiting;
        }
    }
}
