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
    public ReferenceRmService(IRmPlatform platform, ILogger? logger = null, int maxVcpus = 64)
    {
        ResourceManager = new ReferenceResourceManager(platform, maxVcpus);
        var dispatcher = new GhRmDispatcher(ResourceManager, (uint)GhRmError.Invalid, (uint)GhRmError.Unimplemented);
        Server = new RmServer(new FaultInjectingRpcService(dispatcher, () => Volatile.Read(ref faultInjector)), logger);
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
