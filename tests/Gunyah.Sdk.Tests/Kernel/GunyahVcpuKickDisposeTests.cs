using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Kernel;

/// <summary>
/// Kick may come from any thread while the vCPU's own thread disposes it: the kick writes immediate_exit into the
/// run page, so the page must stay mapped until the kick is done with it.
/// </summary>
public sealed class GunyahVcpuKickDisposeTests : IDisposable
{
    private readonly KickGateKernel kernel = new();
    private readonly GunyahDevice device;
    private readonly GunyahVm vm;
    private readonly GunyahVcpu vcpu;

    public GunyahVcpuKickDisposeTests()
    {
        device = GunyahDevice.Open(kernel, GunyahDevice.DefaultPath, AbiProfiles.V17);
        vm = device.CreateVm();
        vcpu = vm.AddVcpu(0);
    }

    [Fact]
    public void Dispose_during_a_Kick_unmaps_the_run_page_only_once_the_Kick_and_the_RUN_returned()
    {
        kernel.HoldRuns = true;
        var runner = new Thread(() => vcpu.Run()) { IsBackground = true };
        runner.Start();
        Assert.True(kernel.RunEntered.Wait(TimeSpan.FromSeconds(10)));
        var kicker = new Thread(vcpu.Kick) { IsBackground = true };
        kicker.Start();
        Assert.True(kernel.InterruptEntered.Wait(TimeSpan.FromSeconds(10)));

        vcpu.Dispose();
        Assert.Equal(0, kernel.Unmaps);

        kernel.InterruptReleased.Set();
        Assert.True(kicker.Join(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, kernel.Unmaps);           // the RUN still holds the page

        kernel.RunReleased.Set();
        Assert.True(runner.Join(TimeSpan.FromSeconds(10)));
        Assert.Equal(1, kernel.Unmaps);
    }

    [Fact]
    public void Kick_after_Dispose_throws_ObjectDisposedException_and_touches_nothing()
    {
        vcpu.Dispose();

        Assert.Throws<ObjectDisposedException>(vcpu.Kick);
        Assert.False(kernel.InterruptEntered.IsSet);
        Assert.Equal(1, kernel.Unmaps);
    }

    public void Dispose()
    {
        vm.Dispose();
        device.Dispose();
        kernel.Dispose();
    }
}
