using System.Threading.Tasks.Sources;

namespace Gunyah.Sdk.ResourceManager.Server;

/// <summary>
/// An auto-reset signal with one waiter at a time, awaited without allocating (unlike SemaphoreSlim.WaitAsync,
/// which allocates a task per wait): <see cref="Set"/> wakes the waiter, or is remembered for the next wait.
/// The server's per-client loops hand work to each other with it on every message.
/// </summary>
/// <param name="inline">Run the waiter's continuation inside <see cref="Set"/> (see <see cref="RmServerOptions.InlineHandoffs"/>).</param>
internal sealed class RmAsyncSignal(bool inline = false) : IValueTaskSource
{
    private static readonly Action<object?, CancellationToken> CancelWaiter = static (state, token) => ((RmAsyncSignal)state!).Cancel(token);

    // By default continuations run on the thread pool so a Set never runs the other loop inline.
    private ManualResetValueTaskSourceCore<bool> core = new() { RunContinuationsAsynchronously = !inline };
    private readonly Lock gate = new();
    private CancellationTokenRegistration registration;
    private bool signaled;
    private bool waiting;

    /// <summary>Wakes the waiter, or lets the next wait complete at once.</summary>
    public void Set()
    {
        lock (gate)
        {
            if (!waiting)
            {
                signaled = true;
                return;
            }

            waiting = false;
        }

        core.SetResult(true);
    }

    /// <summary>Waits for a <see cref="Set"/>; only one wait may be outstanding.</summary>
    public ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (signaled)
            {
                signaled = false;
                return default;
            }

            if (waiting)
            {
                throw new InvalidOperationException("The signal already has a waiter.");
            }

            core.Reset();
            waiting = true;
        }

        // Registered after publishing the wait, so a cancelled token completes it through the callback at once.
        registration = cancellationToken.UnsafeRegister(CancelWaiter, this);
        return new ValueTask(this, core.Version);
    }

    public void GetResult(short token)
    {
        try
        {
            core.GetResult(token);
        }
        finally
        {
            // Waits out a cancellation callback in progress; none can be left registered on a long-lived token.
            registration.Dispose();
            registration = default;
        }
    }

    public ValueTaskSourceStatus GetStatus(short token) => core.GetStatus(token);

    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        core.OnCompleted(continuation, state, token, flags);

    private void Cancel(CancellationToken token)
    {
        lock (gate)
        {
            if (!waiting)
            {
                return;
            }

            waiting = false;
        }

        core.SetException(new OperationCanceledException(token));
    }
}
