using System.Threading.Tasks.Sources;

namespace Gunyah.Sdk.ResourceManager.Transport;

public sealed partial class InMemoryMessageQueue
{
    /// <summary>
    /// One parked <see cref="SendAsync"/> or <see cref="ReceiveAsync"/>: a reusable awaitable, so waiting
    /// allocates no Task. Its life: rented from the queue's pool, parked on a <see cref="WaiterList"/>, served
    /// (or cancelled) under the queue's lock, completed outside it, and returned to the pool by the awaiter's
    /// <c>GetResult</c> — after which the <see cref="ValueTask"/> that carried it must not be used again (the
    /// usual ValueTask rule: await it once).
    /// </summary>
    private sealed class Waiter : IValueTaskSource, IValueTaskSource<int>
    {
        private readonly InMemoryMessageQueue queue;

        // Continuations run on the thread pool, as SemaphoreSlim's did: a sender must not end up running the
        // receiver's code (or vice versa) inline. Queuing an async method's continuation allocates nothing.
        private ManualResetValueTaskSourceCore<int> core = new() { RunContinuationsAsynchronously = true };

        public Waiter(InMemoryMessageQueue queue) => this.queue = queue;

        // Guarded by queue.ringLock: the list it is parked on (null when not parked) and its links there.
        // Next also links the free pool.
        public WaiterList? List;
        public Waiter? Previous, Next;

        // Chains served waiters from PumpLocked to CompleteAll; owned by whoever unparked it.
        public Waiter? NextReady;

        // The operation: what a sender queues, where a receiver's message goes, and its outcome.
        public ReadOnlyMemory<byte> Message;
        public Memory<byte> Buffer;
        public int Result;
        public Exception? Error;

        public CancellationToken Token;
        public CancellationTokenRegistration Registration;

        public short Version => core.Version;

        public void Cancel() => queue.Cancel(this);

        /// <summary>Publishes the outcome decided under the lock. Called once per rental, by whoever unparked it.</summary>
        public void Complete()
        {
            // Not under ringLock: Dispose waits for a cancellation callback that is running on another thread, and
            // that callback takes ringLock (it then finds the waiter unparked and does nothing). Disposing before
            // completing guarantees no callback can touch the waiter once it is back in the pool.
            Registration.Dispose();
            var error = Error;
            Clear();
            if (error is null)
                core.SetResult(Result);
            else
                core.SetException(error);
        }

        /// <summary>Returns a waiter that was never parked (its token was cancelled first).</summary>
        public void Discard()
        {
            Registration.Dispose();
            Clear();
            queue.Return(this);
        }

        // Drops the caller's memory and token so a pooled waiter keeps nothing alive.
        private void Clear()
        {
            Registration = default;
            Token = default;
            Message = default;
            Buffer = default;
            Error = null;
        }

        public int GetResult(short token)
        {
            // A stale token or a premature call (the operation still parked) must not recycle the waiter.
            if (core.GetStatus(token) == ValueTaskSourceStatus.Pending)
                throw new InvalidOperationException("The queue operation has not completed.");
            try
            {
                return core.GetResult(token);
            }
            finally
            {
                core.Reset();
                queue.Return(this);
            }
        }

        void IValueTaskSource.GetResult(short token) => GetResult(token);

        public ValueTaskSourceStatus GetStatus(short token) => core.GetStatus(token);

        public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
            core.OnCompleted(continuation, state, token, flags);
    }

    /// <summary>An intrusive FIFO of parked waiters: parking and unparking (cancellation too) allocate nothing.</summary>
    private sealed class WaiterList
    {
        public Waiter? First { get; private set; }
        private Waiter? last;

        public void AddLast(Waiter waiter)
        {
            waiter.List = this;
            waiter.Previous = last;
            if (last is null)
                First = waiter;
            else
                last.Next = waiter;
            last = waiter;
        }

        public void Remove(Waiter waiter)
        {
            if (waiter.Previous is null)
                First = waiter.Next;
            else
                waiter.Previous.Next = waiter.Next;
            if (waiter.Next is null)
                last = waiter.Previous;
            else
                waiter.Next.Previous = waiter.Previous;
            waiter.List = null;
            waiter.Previous = waiter.Next = null;
        }
    }
}
