using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.HostKernel;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;
using Microsoft.Extensions.Logging;

namespace Gunyah.Sdk.Reference;

/// <summary>
/// A whole reference machine for one ABI generation: the <see cref="ReferenceSystem"/> (hypervisor core, RM VM,
/// RM service) and the host's /dev/gunyah driver of that generation, which reaches the RM only over the system's
/// hypervisor message queues and the hypervisor only through the host VM's hypercalls. <see cref="Kernel"/> is the
/// kernel seam to give the SDK; <see cref="OpenDevice"/> does it.
/// </summary>
/// <example>
/// <code>
/// await using var host = ReferenceHost.Start(AbiProfiles.V17);
/// using var device = host.OpenDevice();
/// using var vm = device.CreateVm();
/// </code>
/// </example>
public sealed class ReferenceHost : IAsyncDisposable
{
    private ReferenceHost(ReferenceSystem system, ReferenceHostKernel driver)
    {
        System = system;
        Driver = driver;
    }

    /// <summary>The reference system under the driver: hypervisor core, RM VM and RM service.</summary>
    public ReferenceSystem System { get; }

    /// <summary>The host's /dev/gunyah driver of the chosen generation.</summary>
    public ReferenceHostKernel Driver { get; }

    /// <summary>The kernel seam the SDK runs on.</summary>
    public ReferenceKernel Kernel => Driver.Kernel;

    /// <summary>The ABI generation of the host's driver.</summary>
    public AbiProfile Profile => Driver.Profile;

    /// <summary>Builds the machine. <paramref name="engines"/> gives each guest vCPU (vmid, index) its execution engine.</summary>
    public static ReferenceHost Start(AbiProfile profile, Func<ushort, uint, IVcpuEngine>? engines = null, ReferenceHostKernelOptions? options = null, ILogger? logger = null)
    {
        var system = ReferenceSystem.Create(engines, logger);
        try
        {
            var driver = new ReferenceHostKernel(profile, system.HostRmQueues, system.HostVm.Hypercalls, options);
            system.HostVm.SetVirqSink(driver.Interrupts);
            return new ReferenceHost(system, driver);
        }
        catch
        {
            system.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
    }

    /// <summary>Opens the driver's device through the SDK, with this machine's generation.</summary>
    public GunyahDevice OpenDevice() => GunyahDevice.Open(Kernel, Driver.Kernel.DevicePath, Profile);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Driver.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            await System.DisposeAsync().ConfigureAwait(false);
        }
    }
}
