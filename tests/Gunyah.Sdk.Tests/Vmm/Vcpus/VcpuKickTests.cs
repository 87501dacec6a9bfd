using Gunyah.Sdk.Kernel.Native;
using Gunyah.Sdk.Tests.Vmm.Fakes;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Vcpus;

/// <summary>Kick, EINTR and threads: one thread at a time runs a vCPU, any thread may, and a kick reaches whichever is inside RUN.</summary>
public class VcpuKickTests
{
    [Theory]
    [MemberData(nameof(Generations.WithVcpus), MemberType = typeof(Generations))]
    public void EINTR_is_the_Interrupted_exit_and_clears_immediate_exit(string profile)
    {
        using var fake = FakeVmm.Create(profile);
        using var vcpu = fake.AddVcpu();
        fake.OnRun(page => page[RunPageScript.ImmediateExit] != 0 ? -Errno.EINTR : 0);
        var page = fake.Kernel.RunPage(vcpu.Handle.Fd);
        page[RunPageScript.ImmediateExit] = 1;

        var exit = vcpu.Run();

        Assert.Equal(VcpuExitReason.Interrupted, exit.Reason);
        Assert.Equal(0, page[RunPageScript.ImmediateExit]);
        Assert.Throws<InvalidOperationException>(() => { _ = vcpu.Run().Mmio; });
    }

    [Fact]
    public void Kick_sets_immediate_exit_and_interrupts_the_thread_while_it_is_inside_RUN()
    {
        using var fake = FakeVmm.Create("v17");
        using var vcpu = fake.AddVcpu();
        var page = fake.Kernel.RunPage(vcpu.Handle.Fd);
        using var blocked = new BlockedRun(fake);
        var runThread = 0;
        var runner = new Thread(() =>
        {
            runThread = LinuxKernel.Instance.CurrentThreadId();
            vcpu.Run();
        });
        runner.Start();
        blocked.WaitUntilInside();

        vcpu.Kick();
        blocked.Release();
        runner.Join();

        Assert.Equal(1, page[RunPageScript.ImmediateExit]);
        var interrupt = Assert.Single(fake.Kernel.Events, e => e.Kind == KernelEventKind.InterruptThread);
        Assert.Equal(runThread, interrupt.Fd);
        Assert.NotEqual(LinuxKernel.Instance.CurrentThreadId(), interrupt.Fd);
    }

    [Fact]
    public void Kick_between_runs_sets_immediate_exit_without_signalling_the_thread()
    {
        using var fake = FakeVmm.Create("v17");
        using var vcpu = fake.AddVcpu();
        var runner = new Thread(() => vcpu.Run());
        runner.Start();
        runner.Join();

        vcpu.Kick();

        Assert.Equal(1, fake.Kernel.RunPage(vcpu.Handle.Fd)[RunPageScript.ImmediateExit]);
        Assert.DoesNotContain(fake.Kernel.Events, e => e.Kind == KernelEventKind.InterruptThread);
    }

    [Fact]
    public void Kick_before_the_first_run_sets_immediate_exit_only_and_the_first_run_is_interrupted()
    {
        using var fake = FakeVmm.Create("android15-6.6");
        using var vcpu = fake.AddVcpu();
        fake.OnRun(page => page[RunPageScript.ImmediateExit] != 0 ? -Errno.EINTR : 0);

        vcpu.Kick();

        Assert.DoesNotContain(fake.Kernel.Events, e => e.Kind == KernelEventKind.InterruptThread);
        Assert.Equal(VcpuExitReason.Interrupted, vcpu.Run().Reason);
        Assert.Equal(VcpuExitReason.Unknown, vcpu.Run().Reason);
    }

    [Fact]
    public void A_failing_interrupt_still_leaves_immediate_exit_set()
    {
        using var fake = FakeVmm.Create("v10");
        using var vcpu = fake.AddVcpu();
        vcpu.Run();
        fake.Kernel.InterruptResult = -Errno.ESRCH;

        vcpu.Kick();

        Assert.Equal(1, fake.Kernel.RunPage(vcpu.Handle.Fd)[RunPageScript.ImmediateExit]);
    }

    [Fact]
    public void Running_while_another_thread_is_inside_RUN_throws_and_sends_nothing()
    {
        using var fake = FakeVmm.Create("v17");
        using var vcpu = fake.AddVcpu();
        using var blocked = new BlockedRun(fake);
        var runner = new Thread(() => vcpu.Run());
        runner.Start();
        blocked.WaitUntilInside();

        var refused = Assert.Throws<InvalidOperationException>(() => vcpu.Run());

        blocked.Release();
        runner.Join();
        Assert.Contains("one thread runs a vCPU at a time", refused.Message);
        Assert.Single(fake.Ioctls, call => call.Request == 0x4705); // Only the first thread's RUN reached the kernel.
    }

    [Fact]
    public void Another_thread_may_run_the_vCPU_between_runs_and_a_kick_then_interrupts_that_thread()
    {
        using var fake = FakeVmm.Create("v17");
        using var vcpu = fake.AddVcpu();
        vcpu.Run(); // On this thread first.
        using var blocked = new BlockedRun(fake);
        var secondThread = 0;
        var second = new Thread(() =>
        {
            secondThread = LinuxKernel.Instance.CurrentThreadId();
            vcpu.Run();
        });
        second.Start();
        blocked.WaitUntilInside();

        vcpu.Kick();
        blocked.Release();
        second.Join();

        var interrupt = Assert.Single(fake.Kernel.Events, e => e.Kind == KernelEventKind.InterruptThread);
        Assert.Equal(secondThread, interrupt.Fd);
        fake.OnRun(_ => 0);
        Assert.Equal(VcpuExitReason.Unknown, vcpu.Run().Reason); // And back on this one.
    }

    /// <summary>Makes every RUN of the fake block until released, and tells when one is inside.</summary>
    private sealed class BlockedRun : IDisposable
    {
        private readonly ManualResetEventSlim inside = new();
        private readonly ManualResetEventSlim release = new();

        public BlockedRun(FakeVmm fake) => fake.OnRun(_ =>
        {
            inside.Set();
            release.Wait(TimeSpan.FromSeconds(10));
            return 0;
        });

        public void WaitUntilInside() => Assert.True(inside.Wait(TimeSpan.FromSeconds(10)));

        public void Release() => release.Set();

        public void Dispose()
        {
            release.Set();
            inside.Dispose();
            release.Dispose();
        }
    }
}
