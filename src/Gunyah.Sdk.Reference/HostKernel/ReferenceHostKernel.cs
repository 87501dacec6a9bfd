using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Transport;
using Gunyah.Sdk.Uapi;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>Settings of a <see cref="ReferenceHostKernel"/>.</summary>
public sealed record ReferenceHostKernelOptions
{
    /// <summary>The path that opens the device (default /dev/gunyah).</summary>
    public string DevicePath { get; init; } = "/dev/gunyah";

    /// <summary>The kernel every non-Gunyah call goes to; null for the real Linux kernel.</summary>
    public IKernel? RealKernel { get; init; }

    /// <summary>A bound on each RM call (null: wait forever, as Linux does).</summary>
    public TimeSpan? RmCallTimeout { get; init; }

    /// <summary>How long closing a VM waits for each teardown notification (EXITED, RESET) from the RM.</summary>
    public TimeSpan TeardownTimeout { get; init; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// The reference /dev/gunyah driver of one ABI generation, ready to wire: give it the host's RM queue pair and the
/// host VM's hypercalls, route the host's vIRQs to <see cref="Interrupts"/>, and hand <see cref="Kernel"/> to the
/// SDK (<c>GunyahDevice.Open(host.Kernel, "/dev/gunyah", profile)</c>).
/// </summary>
public sealed class ReferenceHostKernel : IAsyncDisposable, IDisposable
{
    private readonly HostDriver driver;

    /// <param name="profile">The generation whose driver to model (one of <see cref="AbiProfiles.All"/>).</param>
    /// <param name="rmQueues">The host VM's RM queue pair: Transmit to the RM, Receive from it.</param>
    /// <param name="hypercalls">The host VM's hypercalls (vcpu_run, doorbells).</param>
    /// <param name="options">Device path, real kernel, timeouts.</param>
    /// <exception cref="ArgumentException">The profile is not a modelled generation.</exception>
    public ReferenceHostKernel(AbiProfile profile, RmQueuePair rmQueues, IHypercalls hypercalls, ReferenceHostKernelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rmQueues);
        ArgumentNullException.ThrowIfNull(hypercalls);
        options ??= new ReferenceHostKernelOptions();
        var generation = Generation.For(profile);
        var rm = new RmSession(rmQueues, options.RmCallTimeout);
        driver = new HostDriver(generation, rm, hypercalls, options.RealKernel ?? ReferenceKernel.DefaultReal(), options.DevicePath, options.TeardownTimeout);
    }

    /// <summary>The kernel seam to give the SDK.</summary>
    public ReferenceKernel Kernel => driver.Kernel;

    /// <summary>The generation modelled.</summary>
    public AbiProfile Profile => driver.Generation.Profile;

    /// <summary>The host's interrupt handlers: assert a vCPU's wakeup vIRQ here to wake its RUN.</summary>
    public IVirqSink Interrupts => driver;

    /// <summary>The function types ADD_FUNCTION knows; register more as a kernel module would.</summary>
    public VmFunctionRegistry Functions => driver.Functions;

    /// <summary>Waits for releases deferred from finalizers, then stops the RM connection.</summary>
    public async ValueTask DisposeAsync()
    {
        // A VM released from a finalizer is still tearing down over the RM connection: let it finish first.
        await driver.Kernel.WhenDeferredReleasesDone().ConfigureAwait(false);
        await driver.Rm.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Stops the RM connection.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
