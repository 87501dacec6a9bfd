using Gunyah.Sdk.Tests.Vmm.Fakes;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Lifetimes;

/// <summary>
/// The run page is never unmapped under a reader: a RUN in progress (and a runner's loop) keeps it mapped through
/// a concurrent Dispose, and an exit view refuses to read a disposed vCPU's page.
/// </summary>
public sealed class RunPageHoldTests
{
    [Fact]
    public async Task Disposing_a_vCPU_while_its_runner_is_inside_RUN_unmaps_the_page_only_after_the_loop_ends()
    {
        using var fake = FakeVmm.Create("v17");
        var vcpu = fake.AddVcpu();
        using var inRun = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        fake.OnRun(page =>
        {
            inRun.Set();
            release.Wait();
            RunPageScript.Mmio(page, 0x9000_0000, [1, 2, 3, 4], 4, isWrite: true);
            return 0;
        });
        var exits = 0;
        using var runner = VcpuRunner.Start(vcpu, (GunyahVcpu _, in VcpuExit exit) =>
        {
            // Run read exit_reason from the page after the RUN returned: it was still mapped. The vCPU is disposed
            // now, so the handler does not read the page itself (the view would refuse).
            exits += exit.Reason == VcpuExitReason.Mmio ? 1 : 0;
            return false;
        });

        Assert.True(inRun.Wait(TimeSpan.FromSeconds(10)));
        vcpu.Dispose();
        Assert.DoesNotContain(fake.Kernel.Events, e => e.Kind == KernelEventKind.Munmap);

        release.Set();
        await runner.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, exits);
        Assert.Contains(fake.Kernel.Events, e => e.Kind == KernelEventKind.Munmap);
    }

    [Fact]
    public void An_exit_of_a_disposed_vCPU_throws_instead_of_reading_its_page()
    {
        using var fake = FakeVmm.Create("android14-6.1");
        var vcpu = fake.AddVcpu();
        fake.OnRunExit(page => RunPageScript.Mmio(page, 0x9000_0000, [1], 1, isWrite: true));
        var exit = vcpu.Run();
        Assert.Equal(0x9000_0000ul, exit.Mmio.Address);

        vcpu.Dispose();

        var reason = exit.Reason;
        Assert.Equal(VcpuExitReason.Mmio, reason);
        try
        {
            _ = exit.Mmio;
            Assert.Fail("reading a disposed vCPU's exit should throw");
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
