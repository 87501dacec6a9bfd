using System.Threading.Tasks.Sources;

namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// A vIRQ turned into something to await, without lost wake-ups: a waiter first reads <see cref="Generation"/>,
/// retries its hypercall, and only then waits for the generation to move on. Each assertion moves it and
/// completes every parked waiter. Waiters are pooled <see cref="IValueTaskSource"/>s, so waiting allocates nothing
/// once the pool has grown to the most waiters parked at once.
/// </summary>
/// <param name="inline">Resume a waiter on the thread that asserts the vIRQ (as the hypervisor runs the target VM's
/// handler when its interrupt arrives) instead of on the thread pool: for a receiver whose peer is in the same process,
/// where a thread hop per message would be most of the cost. Assertions are made outside the hypervisor's lock.</param>
internal sealed class VirqSignal(bool inline = false) : IVirqSink
{
    private readonly Lock gate = new();
    private readonly bool resumeInline = inline;
    private long generation;
    private Waiter? parked;
    private Waiter? free;

    /// <summary>Assertions seen so far.</summary>
    public long Generation => Interlocked.Read(ref generation);

    public void Assert(uint virq) => Signal();

    public void Deassert(uint virq)
    {
    }

    /// <summary>Moves the generation on and wakes every waiter.</summary>
    public void Signal()
    {
        Waiter? ready;
        lock (gate)
        {
            Interlocked.Increment(ref generation);
            ready = parked;
            parked = null;
            for (var waiter = ready; waiter is not null; waiter = waiter.Next)
                waiter.Parked = false;
        }

        while (ready is not null)
        {
            var next = ready.Next;
            ready.Next = null;
            ready.Complete(null);
            ready = next;
        }
    }

    /// <summary>Completes once the generation differs from <paramref name="seen"/> (at once if it already does).</summary>
    public ValueTask WaitAsync(long seen, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
            return ValueTask.FromCanceled(cancellationToken);
        Waiter waiter;
        lock (gate)
        {
            if (Interlocked.Read(ref generation) != seen)
                return default;
            waiter = free ?? new Waiter(this);
            free = waiter.Next;
            waiter.Next = null;
        }

        var version = waiter.Version;
        waiter.Token = cancellationToken;
        // Register before parking: a token cancelled in between runs the callback here, which finds the waiter
        // unparked and does nothing; the check under the lock below then sees the cancellation.
        if (cancellationToken.CanBeCanceled)
            waiter.Registration = cancellationToken.UnsafeRegister(static state => ((Waiter)state!).Cancel(), waiter);
        bool park;
        lock (gate)
        {
            park = Interlocked.Read(ref generation) == seen && !cancellationToken.IsCancellationRequested;
            if (park)
            {
                waiter.Parked = true;
                waiter.Next = parked;
                parked = waiter;
            }
        }

        if (!park)
            waiter.Complete(Interlocked.Read(ref generation) != seen ? null : new OperationCanceledException(cancellationToken));
        return new ValueTask(waiter, version);
    }

    private sealed class Waiter(VirqSignal owner) : IValueTaskSource
    {
        private ManualResetValueTaskSourceCore<bool> core = new() { RunContinuationsAsynchronously = !owner.resumeInline };

        public Waiter? Next;
        public bool Parked;
        public CancellationToken Token;
        public CancellationTokenRegistration Registration;

        public short Version => core.Version;

        public void Cancel()
        {
            lock (owner.gate)
            {
                if (!Parked)
                    return;
                owner.Unpark(this);
            }

            Complete(new OperationCanceledException(Token));
        }

        public void Complete(Exception? error)
        {
            Registration.Dispose();
            Registration = default;
            Token = default;
            if (error is null)
                core.SetResult(true);
            else
                core.SetException(error);
        }

        public void GetResult(short token)
        {
            try
            {
                core.GetResult(token);
            }
            finally
            {
                core.Reset();
                lock (owner.gate)
                {
                    Next = owner.free;
                    owner.free = this;
                }
            }
        }

        public ValueTaskSourceStatus GetStatus(short token) => core.GetStatus(token);

        public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
            core.OnCompleted(continuation, state, token, flags);
    }

    private void Unpark(Waiter waiter)
    {
        waiter.Parked = false;
        if (ReferenceEquals(parked, waiter))
        {
            parked = waiter.Next;
        }
        else
        {
            for (var previous = parked; previous is not null; previous = previous.Next)
            {
                if (ReferenceEquals(previous.Next, waiter))
                {
                    previous.Next = waiter.Next;
                    break;
                }
            }
        }

        waiter.Next = null;
    }
}
