using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Native;

namespace Gunyah.Sdk.Tests.Kernel;

/// <summary>
/// InterruptThread (what <c>GunyahVcpu.Kick</c> sends): a system call blocked on the target thread returns -EINTR;
/// a thread that is not in a system call runs on undisturbed; there is no thread to interrupt outside this process.
/// </summary>
public class LinuxKernelInterruptTests
{
    [Fact]
    public void InterruptThread_makes_a_blocked_read_on_that_thread_return_minus_EINTR()
    {
        var kernel = LinuxKernel.Instance;
        var fd = kernel.EventFd(0, EventFdFlags.CloseOnExec);
        var tid = 0;
        var result = 0;
        using var ready = new ManualResetEventSlim();
        var thread = new Thread(() =>
        {
            tid = kernel.CurrentThreadId();
            ready.Set();
            result = kernel.Read(fd, new byte[8]);
        });
        thread.Start();
        ready.Wait();

        // The read may not have blocked yet when the first signal lands; keep kicking until it returns.
        while (!thread.Join(50))
        {
            Assert.Equal(0, kernel.InterruptThread(tid));
        }

        Assert.Equal(-Errno.EINTR, result);
        kernel.Close(fd);
    }

    [Fact]
    public void InterruptThread_on_a_thread_running_user_code_leaves_it_running_to_a_normal_finish()
    {
        var kernel = LinuxKernel.Instance;
        var tid = 0;
        long progress = 0;
        var stop = 0;
        UInt128 sum = 0;
        var thread = new Thread(() =>
        {
            Volatile.Write(ref tid, kernel.CurrentThreadId());
            UInt128 total = 0;
            while (Volatile.Read(ref stop) == 0)
            {
                total += (ulong)Interlocked.Increment(ref progress);
            }

            sum = total;
        });
        thread.Start();

        // Kick only once the thread is in its loop, where it makes no system call.
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref progress) > 0, TimeSpan.FromSeconds(10)));
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(0, kernel.InterruptThread(Volatile.Read(ref tid)));
        }

        var afterKicks = Volatile.Read(ref progress);
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref progress) > afterKicks + 10_000, TimeSpan.FromSeconds(10)), "the thread stopped making progress");
        Volatile.Write(ref stop, 1);
        Assert.True(thread.Join(TimeSpan.FromSeconds(10)));

        // It counted every step: nothing was skipped, repeated or torn.
        var steps = (UInt128)(ulong)progress;
        Assert.Equal(steps * (steps + 1) / 2, sum);
    }

    [Fact]
    public void InterruptThread_on_the_calling_thread_returns_0_and_the_thread_goes_on()
    {
        var kernel = LinuxKernel.Instance;
        var fd = kernel.EventFd(1, EventFdFlags.NonBlocking | EventFdFlags.CloseOnExec);

        Assert.Equal(0, kernel.InterruptThread(kernel.CurrentThreadId()));

        // The signal was handled on the way out of tgkill: the next system call is not interrupted.
        Assert.Equal(8, kernel.Read(fd, new byte[8]));
        Assert.Equal(0, kernel.Close(fd));
    }

    [Fact]
    public void InterruptThread_of_a_thread_id_no_thread_has_is_minus_ESRCH()
    {
        // Above any pid_max Linux allows (2^22), so no thread anywhere has it.
        Assert.Equal(-Errno.ESRCH, LinuxKernel.Instance.InterruptThread(int.MaxValue));
    }

    [Fact]
    public void InterruptThread_of_a_thread_id_that_is_not_positive_is_minus_EINVAL()
    {
        Assert.Equal(-Errno.EINVAL, LinuxKernel.Instance.InterruptThread(0));
        Assert.Equal(-Errno.EINVAL, LinuxKernel.Instance.InterruptThread(-1));
    }
}
