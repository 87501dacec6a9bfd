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
    /// <summary>Creates the RM over <paramref name="platform"/> and its server.</summary>
    /// <param name="platform">The hypervisor side the RM drives.</param>
    /// <param name="logger">Where the server logs.</param>
    /// <param name="maxVcpus">The most vCPUs one VM may have.</param>
    /// <param name="serverOptions">The server's scheduling choices (<see cref="ReferenceSystem"/> hands over inline).</param>
    public ReferenceRmService(IRmPlatform platform, ILogger? logger = null, int maxVcpus = 64, RmServerOptions? serverOptions = null)
    {
        ResourceManager = new ReferenceResourceManager(platform, maxVcpus);
        Server = new RmServer(new GhRmDispatcher(ResourceManager, (uint)GhRmError.Invalid, (uint)GhRmError.Unimplemented), logger, serverOptions);
        ResourceManager.NotificationRoute = Route;
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
