using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.ResourceManager.Server;
using Gunyah.Sdk.ResourceManager.Transport;
using Microsoft.Extensions.Logging;

namespace Gunyah.Sdk.Reference.ResourceManager;

/// <summary>
/// The RM as a service: a <see cref="ReferenceResourceManager"/> behind a <see cref="GhRmDispatcher"/> in an
/// <see cref="RmServer"/>, with the RM's notifications routed to whichever VMs are connected.
/// </summary>
public sealed class ReferenceRmService : IAsyncDisposable
{
    private RmCallFaultInjector? faultInjector;

    /// <summary>Creates the RM over <paramref name="platform"/> and its server.</summary>
    /// <param name="platform">The hypervisor side the RM drives.</param>
    /// <param name="logger">Where the server logs.</param>
    /// <param name="maxVcpus">The most vCPUs one VM may have.</param>
    /// <param name="serverOptions">The server's scheduling choices (<see cref="ReferenceSystem"/> hands over inline).</param>
    public ReferenceRmService(IRmPlatform platform, ILogger? logger = null, int maxVcpus = 64, RmServerOptions? serverOptions = null)
    {
        // The RM finishes a VM reset after replying, on the loop that replied (the caller's own hook runs first).
        ResourceManager = new ReferenceResourceManager(platform, maxVcpus) { CleanUpAfterReply = true };
        var callerHook = serverOptions?.AfterReply;
        var options = new RmServerOptions
        {
            InlineHandoffs = serverOptions?.InlineHandoffs ?? false,
            AfterReply = callerHook is null ? _ => ResourceManager.RunPendingCleanupsAsync() : async vmid =>
            {
                await callerHook(vmid).ConfigureAwait(false);
                await ResourceManager.RunPendingCleanupsAsync().ConfigureAwait(false);
            },
        };
        var dispatcher = new GhRmDispatcher(ResourceManager, (uint)GhRmError.Invalid, (uint)GhRmError.Unimplemented);
        Server = new RmServer(new FaultInjectingRpcService(dispatcher, () => Volatile.Read(ref faultInjector)), logger, options);
        ResourceManager.NotificationRoute = Route;
    }

    /// <summary>Makes chosen calls fail with a chosen RM error before the RM sees them (null: none). See
    /// <see cref="RmCallFaultInjector"/>.</summary>
    public RmCallFaultInjector? FaultInjector
    {
        get => Volatile.Read(ref faultInjector);
        set => Volatile.Write(ref faultInjector, value);
    }

    /// <summary>The RM state machine and tables.</summary>
    public ReferenceResourceManager ResourceManager { get; }

    /// <summary>The server the VMs' queue pairs are attached to.</summary>
    public RmServer Server { get; }

    /// <summary>Connects VM <paramref name="vmid"/> over a new in-memory queue pair; returns the VM's side.</summary>
    public RmQueuePair Connect(ushort vmid)
    {
        var (vm, rm) = InMemoryRmLink.Create();
        Server.AddClient(vmid, rm);
        return vm;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        // A reset answered just before the server stopped may not have had its after-reply turn: finish it here.
        await ResourceManager.RunPendingCleanupsAsync().ConfigureAwait(false);
        await ResourceManager.WhenCleanupsDone().ConfigureAwait(false);
        await Server.DisposeAsync().ConfigureAwait(false);
    }

    private IRpcNotificationSink? Route(ushort vmid)
    {
        try
        {
            return Server.GetNotificationSink(vmid);
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
        catch (ObjectDisposedException)
        {
            return null;
        }
    }
}
