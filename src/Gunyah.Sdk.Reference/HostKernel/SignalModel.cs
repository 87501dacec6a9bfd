using System.Collections.Concurrent;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>
/// The reference kernel's model of signals aimed at one thread. <see cref="ReferenceKernel.InterruptThread"/> does
/// not send a real signal: it marks the thread's signal pending. A thread blocked in an interruptible wait of the
/// driver (RUN waiting for a wakeup, START) wakes and its call returns -EINTR — what the kernel's -ERESTARTSYS
/// becomes for a handler installed without SA_RESTART, as the SDK's kick signal is. A thread not blocked keeps the
/// signal pending; the next interruptible point of a driver call sees (and consumes) it.
/// </summary>
/// <remarks>Only calls into virtual Gunyah fds see these signals; a thread blocked in a real system call (a read
/// of an eventfd, say) is not interrupted.</remarks>
internal sealed class SignalModel
{
    private readonly ConcurrentDictionary<int, Slot> slots = new();

    /// <summary>Marks a signal pending for <paramref name="threadId"/>, waking it if it waits.</summary>
    public void Raise(int threadId)
    {
        var slot = SlotOf(threadId);
        lock (slot)
        {
            slot.Raised = 1;
            slot.Event.Set();
        }
    }

    /// <summary>Consumes a pending signal of the calling thread: true when there was one (the call returns -EINTR).
    /// Without one this is a flag read: it runs on every RUN.</summary>
    public bool TakePending(int threadId) => TakePending(SlotOf(threadId));

    /// <summary><see cref="TakePending(int)"/> for a thread whose slot the caller keeps (no lookup).</summary>
    public static bool TakePending(Slot slot)
    {
        if (Volatile.Read(ref slot.Raised) == 0)
            return false;
        lock (slot)
        {
            if (slot.Raised == 0)
                return false;
            slot.Raised = 0;
            slot.Event.Reset();
            return true;
        }
    }

    /// <summary>Waits for <paramref name="other"/> or a signal to the thread of <paramref name="slot"/>: 0 for the
    /// first, 1 for a signal (consumed).</summary>
    public static int WaitAny(WaitHandle other, Slot slot)
    {
        var index = WaitHandle.WaitAny([other, slot.Event]);
        if (index == 1)
        {
            lock (slot)
                slot.Raised = 0; // The auto-reset event is consumed already.
        }

        return index;
    }

    /// <summary>The signal state of <paramref name="threadId"/> (created on first use; kept for the process's life).</summary>
    public Slot SlotOf(int threadId) => slots.TryGetValue(threadId, out var slot) ? slot : slots.GetOrAdd(threadId, static _ => new Slot());

    /// <summary>One thread's signal state.</summary>
    internal sealed class Slot
    {
        public readonly AutoResetEvent Event = new(false);
        public int Raised;
    }
}
