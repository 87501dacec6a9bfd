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
    private readonly ConcurrentDictionary<int, AutoResetEvent> pending = new();

    /// <summary>The wait handle that is set while <paramref name="threadId"/> has a signal pending.</summary>
    public AutoResetEvent For(int threadId) => pending.GetOrAdd(threadId, static _ => new AutoResetEvent(false));

    /// <summary>Marks a signal pending for <paramref name="threadId"/>, waking it if it waits.</summary>
    public void Raise(int threadId) => For(threadId).Set();

    /// <summary>Consumes a pending signal of the calling thread: true when there was one (the call returns -EINTR).</summary>
    public bool TakePending(int threadId) => For(threadId).WaitOne(0);
}
