using Gunyah.Sdk.Tests.Vmm.Fakes;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Vcpus;

/// <summary>VcpuRunner: a vCPU's run loop on its own thread.</summary>
public class VcpuRunnerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_handler_runs_on_the_runners_thread_until_it_returns_false()
    {
        using var fake = FakeVmm.Create("v17");
        using var vcpu = fake.AddVcpu();
        fake.OnRunExit(page => RunPageScript.Mmio(page, 0x1000, [], 4, isWrite: false));
        var handled = 0;
        var threads = new HashSet<int>();

        using var runner = VcpuRunner.Start(vcpu, (GunyahVcpu v, in VcpuExit exit) =>
        {
            threads.Add(Environment.CurrentManagedThreadId);
            Assert.Equal(VcpuExitReason.Mmio, exit.Reason);
            return ++handled < 5;
        }, "test-vcpu");
        await runner.Completion.WaitAsync(Timeout);

        Assert.Equal(5, handled);
        Assert.Equal(5, fake.Ioctls.Count(call => call.Request == 0x4705));
        var thread = Assert.Single(threads);
        Assert.NotEqual(Environment.CurrentManagedThreadId, thread);
        vcpu.Run(); // The loop has ended: the vCPU is free for another thread.
    }

    [Fact]
    public async Task Stop_kicks_a_running_vcpu_and_the_loop_ends()
    {
        using var fake = FakeVmm.Create("android15-6.6");
        using var vcpu = fake.AddVcpu();
        using var running = new ManualResetEventSlim();
        // RUN blocks (as a vCPU waiting for an interrupt does) until the kick's immediate_exit: the kick certainly
        // finds the thread inside RUN.
        fake.OnRun(page =>
        {
            running.Set();
            var deadline = Environment.TickCount64 + (long)Timeout.TotalMilliseconds;
            while (Volatile.Read(ref page[RunPageScript.ImmediateExit]) == 0 && Environment.TickCount64 < deadline)
            {
                Thread.Yield();
            }

            // Leave RUN only once the kick has interrupted this thread (it does so while the thread is inside RUN).
            while (!fake.Kernel.Events.Any(e => e.Kind == KernelEventKind.InterruptThread) && Environment.TickCount64 < deadline)
            {
                Thread.Yield();
            }

            return Volatile.Read(ref page[RunPageScript.ImmediateExit]) != 0 ? -Errno.EINTR : 0;
        });
        var exits = new List<VcpuExitReason>();

        using var runner = VcpuRunner.Start(vcpu, (GunyahVcpu v, in VcpuExit exit) =>
        {
            lock (exits)
            {
                exits.Add(exit.Reason);
            }

            return true;
        });
        Assert.True(running.Wait(Timeout));
        runner.Stop();
        await runner.Completion.WaitAsync(Timeout);

        Assert.True(runner.Completion.IsCompletedSuccessfully);
        Assert.Contains(fake.Kernel.Events, e => e.Kind == KernelEventKind.InterruptThread);
        lock (exits)
        {
            Assert.All(exits, reason => Assert.Equal(VcpuExitReason.Unknown, reason));
        }
    }

    [Fact]
    public async Task Completion_faults_with_what_Run_threw()
    {
        using var fake = FakeVmm.Create("v10");
        using var vcpu = fake.AddVcpu();
        fake.Kernel.Fail(0x4705, Errno.ENODEV);

        using var runner = VcpuRunner.Start(vcpu, (GunyahVcpu v, in VcpuExit exit) => true);
        var exception = await Assert.ThrowsAsync<GunyahException>(() => runner.Completion.WaitAsync(Timeout));

        Assert.Equal((Errno.ENODEV, "GH_VCPU_RUN", "vcpu"), (exception.Errno, exception.Operation, exception.FdKind));
        Assert.True(runner.Completion.IsFaulted);
    }

    [Fact]
    public async Task Completion_faults_with_what_the_handler_threw()
    {
        using var fake = FakeVmm.Create("v10");
        using var vcpu = fake.AddVcpu();

        using var runner = VcpuRunner.Start(vcpu, (GunyahVcpu v, in VcpuExit exit) => throw new FormatException("handler"));

        var exception = await Assert.ThrowsAsync<FormatException>(() => runner.Completion.WaitAsync(Timeout));
        Assert.Equal("handler", exception.Message);
    }
}
