using System.Threading.Tasks.Sources;
using Gunyah.Interop.Rpc;

namespace Gunyah.Sdk.ResourceManager.Client;

/// <summary>
/// One call waiting for its reply: the awaitable the caller parks on. Pooled and reused (the version token of
/// <see cref="ManualResetValueTaskSourceCore{TResult}"/> guards against stale awaits), so steady-state calls allocate
/// no completion object. Whoever removes the call from <see cref="RmCallTable"/> is the only one who completes it.
/// </summary>
internal sealed class RmPendingCall : IValueTaskSource<RpcReply>
{
    // Continuations run on the thread pool so caller code never runs inside the receive loop.
    private ManualResetValueTaskSourceCore<RpcReply> core = new() { RunContinuationsAsynchronously = true };

    public RmPendingCall(RmClient owner) => Owner = owner;

    public RmClient Owner { get; }

    public uint MessageId { get; private set; }

    public ushort Sequence { get; set; }

    /// <summary>The caller's own token, to tell its cancellation apart from a timeout or disposal.</summary>
    public CancellationToken CallerToken { get; private set; }

    public ValueTask<RpcReply> Completion => new(this, core.Version);

    public void Prepare(uint messageId, CancellationToken callerToken)
    {
        MessageId = messageId;
        CallerToken = callerToken;
    }

    public void SetResult(RpcReply reply) => core.SetResult(reply);

    public void SetException(Exception exception) => core.SetException(exception);

    /// <summary>Readies the object for the pool; only after the caller has consumed its result.</summary>
    public void Reset()
    {
        core.Reset();
        MessageId = 0;
        CallerToken = default;
    }

    public RpcReply GetResult(short token) => core.GetResult(token);

    public ValueTaskSourceStatus GetStatus(short token) => core.GetStatus(token);

    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        core.OnCompleted(continuation, state, token, flags);
}
