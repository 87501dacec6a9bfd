using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.Platform;
using Gunyah.Sdk.Reference.ResourceManager;
using Gunyah.Sdk.ResourceManager.Server;
using Gunyah.Sdk.ResourceManager.Transport;
using Microsoft.Extensions.Logging;

namespace Gunyah.Sdk.Reference;

/// <summary>
/// The reference system assembled as the real one is: a hypervisor core with the host VM (VMID 3) and the
/// Resource Manager VM (VMID 0xFF), a pair of hypervisor message queues between them carrying the RM protocol,
/// and the RM service on its platform over the core. The host side gets its end of the RM channel and its own
/// hypercalls; nothing else connects the host to the RM.
/// </summary>
public sealed class ReferenceSystem : IAsyncDisposable
{
    /// <summary>The host's vIRQs for its RM queues: "may send again" and "a message arrived". Below the range the
    /// RM hands out for the host's resources (960 up), as the RM's own devicetree leaves them.</summary>
    public const uint HostRmTxVirq = 900;

    /// <inheritdoc cref="HostRmTxVirq"/>
    public const uint HostRmRxVirq = 901;

    private const uint RmTxVirq = 32;
    private const uint RmRxVirq = 33;

    private ReferenceSystem(ReferenceHypervisor hypervisor, HypervisorVm host, HypervisorVm rm, HypervisorRmChannel channel, HypervisorRmPlatform platform, ReferenceRmService service)
    {
        Hypervisor = hypervisor;
        HostVm = host;
        RmVm = rm;
        Channel = channel;
        Platform = platform;
        Service = service;
    }

    /// <summary>The hypervisor core.</summary>
    public ReferenceHypervisor Hypervisor { get; }

    /// <summary>The host VM (HLOS, VMID 3): the VMM's kernel makes its hypercalls as this VM.</summary>
    public HypervisorVm HostVm { get; }

    /// <summary>The Resource Manager VM (VMID 0xFF).</summary>
    public HypervisorVm RmVm { get; }

    /// <summary>The host's end of the RM channel: what its RM protocol client sends on and receives from.</summary>
    public RmQueuePair HostRmQueues => Channel.Client;

    /// <summary>The hypervisor message queues between the host and the RM.</summary>
    public HypervisorRmChannel Channel { get; }

    /// <summary>The RM's platform on the hypervisor core.</summary>
    public HypervisorRmPlatform Platform { get; }

    /// <summary>The Resource Manager service the RM VM runs.</summary>
    public ReferenceRmService Service { get; }

    /// <summary>Builds the system. <paramref name="engines"/> gives each guest vCPU (vmid, index) its execution
    /// engine; by default a scripted engine with an empty script.</summary>
    public static ReferenceSystem Create(Func<ushort, uint, IVcpuEngine>? engines = null, ILogger? logger = null)
    {
        var hypervisor = new ReferenceHypervisor();
        Check(hypervisor.CreateVm(ReferenceHypervisor.HlosVmid, out var host), "create the host VM");
        Check(hypervisor.CreateVm(ReferenceHypervisor.RmVmid, out var rm), "create the RM VM");
        // Both VMs are in this process: a message's receiver runs on the sender's thread (see HypervisorRmLink), and
        // the RM's loops hand over inline, so an RM call costs hypercalls and no thread hops.
        var channel = HypervisorRmLink.Create(hypervisor, host!, HostRmTxVirq, HostRmRxVirq, rm!, RmTxVirq, RmRxVirq, inlineReceive: true);
        var platform = new HypervisorRmPlatform(hypervisor, engines ?? ((_, _) => new ScriptedVcpuEngine()));
        var service = new ReferenceRmService(platform, logger, serverOptions: new RmServerOptions { InlineHandoffs = true });
        try
        {
            service.Server.AddClient(ReferenceHypervisor.HlosVmid, channel.Server);
        }
        catch
        {
            service.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }

        return new ReferenceSystem(hypervisor, host!, rm!, channel, platform, service);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await Service.DisposeAsync().ConfigureAwait(false);

    private static void Check(HypError error, string what)
    {
        if (error != HypError.Ok)
        {
            throw new InvalidOperationException($"Could not {what}: {error}.");
        }
    }
}
