using Gunyah.Sdk.ResourceManager.Client;
using Gunyah.Sdk.ResourceManager.Errors;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.ResourceManager.Transport;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>
/// The driver's one connection to the Resource Manager, as Linux's rsc_mgr: an <see cref="RmClient"/> over the
/// host's queue pair and the generated <see cref="GhRmClient"/> on top. Calls are made synchronously from the
/// ioctl that needs them (the kernel waits for the reply); a failed call becomes the errno Linux returns for it
/// (<see cref="RmErrors"/>). VM_STATUS and VM_EXITED notifications are routed to the VM with that VMID.
/// </summary>
internal sealed class RmSession : IAsyncDisposable
{
    private readonly RmClient transport;
    private readonly Dictionary<ushort, IRmVmObserver> observers = new();
    private readonly Lock gate = new();

    public RmSession(RmQueuePair queues, TimeSpan? callTimeout)
    {
        transport = new RmClient(queues, callTimeout is { } timeout ? new RmClientOptions { CallTimeout = timeout } : null);
        Client = new GhRmClient(transport, transport);
        Client.NotifVmStatusReceived += OnStatus;
        Client.NotifVmExitedReceived += OnExited;
        transport.Start();
    }

    /// <summary>The typed RM client.</summary>
    public GhRmClient Client { get; }

    /// <summary>Routes notifications about <paramref name="vmid"/> to <paramref name="observer"/>.</summary>
    public void Observe(ushort vmid, IRmVmObserver observer)
    {
        lock (gate)
        {
            observers[vmid] = observer;
        }
    }

    public void Forget(ushort vmid)
    {
        lock (gate)
        {
            observers.Remove(vmid);
        }
    }

    /// <summary>Runs one RM call to completion: 0, or -errno as Linux maps the failure.</summary>
    public static int Call(Func<ValueTask> call)
    {
        try
        {
            // Over the reference's queues the RM answers on this thread, so the call is usually complete already.
            var pending = call();
            if (pending.IsCompleted)
            {
                pending.GetAwaiter().GetResult();
            }
            else
            {
                pending.AsTask().GetAwaiter().GetResult();
            }

            return 0;
        }
        catch (Exception exception) when (ErrnoOf(exception) is { } errno)
        {
            return errno;
        }
    }

    /// <summary>Runs one RM call that answers a value: 0 and the value, or -errno.</summary>
    public static int Call<T>(Func<ValueTask<T>> call, out T? value)
    {
        value = default;
        try
        {
            var pending = call();
            value = pending.IsCompleted ? pending.GetAwaiter().GetResult() : pending.AsTask().GetAwaiter().GetResult();
            return 0;
        }
        catch (Exception exception) when (ErrnoOf(exception) is { } errno)
        {
            return errno;
        }
    }

    // The -errno Linux gives a failed call, or null for an exception that is a bug (it propagates).
    private static int? ErrnoOf(Exception exception) => exception switch
    {
        _ when RmErrors.ErrnoOf(exception) is { } errno => -errno,
        Gunyah.Interop.Rpc.RpcDecodeException => -Errno.EBADMSG,
        // The RM connection is gone (the reference kernel is being disposed): a system call never throws.
        ObjectDisposedException or OperationCanceledException => -Errno.EIO,
        _ => null,
    };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await transport.DisposeAsync().ConfigureAwait(false);
    }

    private void OnStatus(GhRmVmStatusPayload payload) => Find(payload.Vmid)?.OnStatus((GhRmVmStatus)payload.VmStatus);

    private void OnExited(GhRmVmExitedPayloadPayload payload) =>
        Find(payload.Fixed.Vmid)?.OnExited(payload.Fixed.ExitType, payload.Fixed.ExitReasonSize, payload.ExitReason);

    private IRmVmObserver? Find(ushort vmid)
    {
        lock (gate)
        {
            return observers.GetValueOrDefault(vmid);
        }
    }
}

/// <summary>What a VM learns from RM notifications.</summary>
internal interface IRmVmObserver
{
    void OnStatus(GhRmVmStatus status);

    void OnExited(ushort exitType, uint reasonSize, byte[] reason);
}
