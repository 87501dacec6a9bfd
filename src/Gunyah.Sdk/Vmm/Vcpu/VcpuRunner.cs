namespace Gunyah.Sdk.Vmm;

/// <summary>Handles one exit of a vCPU run by a <see cref="VcpuRunner"/>; return false to stop the loop.</summary>
public delegate bool VcpuExitHandler(GunyahVcpu vcpu, in VcpuExit exit);

/// <summary>
/// Runs a vCPU on a dedicated thread: <see cref="GunyahVcpu.Run"/>, then the handler, until the handler returns
/// false, <see cref="Stop"/> is called, or Run throws (then <see cref="Completion"/> faults with the exception).
/// While the loop runs, no other thread may run the vCPU; once it has ended, any thread (or another runner) may.
/// </summary>
public sealed class VcpuRunner : IDisposable
{
    private readonly GunyahVcpu vcpu;
    private readonly VcpuExitHandler handler;
    private readonly TaskCompletionSource completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Thread thread;
    private volatile bool stopping;

    private VcpuRunner(GunyahVcpu vcpu, VcpuExitHandler handler, string? threadName)
    {
        this.vcpu = vcpu;
        this.handler = handler;
        thread = new Thread(Loop) { IsBackground = true, Name = threadName ?? $"gunyah-vcpu-{vcpu.Id}" };
    }

    /// <summary>Completes when the loop ends; faults with what Run or the handler threw.</summary>
    public Task Completion => completion.Task;

    /// <summary>Starts running <paramref name="vcpu"/> on a new thread.</summary>
    public static VcpuRunner Start(GunyahVcpu vcpu, VcpuExitHandler handler, string? threadName = null)
    {
        ArgumentNullException.ThrowIfNull(vcpu);
        ArgumentNullException.ThrowIfNull(handler);
        var runner = new VcpuRunner(vcpu, handler, threadName);
        runner.thread.Start();
        return runner;
    }

    /// <summary>Asks the loop to end: kicks the vCPU so a blocked run returns, and the loop stops before the next.</summary>
    public void Stop()
    {
        stopping = true;
        if (!completion.Task.IsCompleted)
        {
            try
            {
                vcpu.Kick();
            }
            catch (ObjectDisposedException)
            {
                // The vCPU is gone: its next Run throws, which ends the loop.
            }
        }
    }

    /// <summary>Stops the loop and waits for its thread to end.</summary>
    public void Dispose()
    {
        Stop();
        if (Thread.CurrentThread != thread)
        {
            thread.Join();
        }
    }

    private void Loop()
    {
        // Held for the whole loop, so disposing the vCPU (or its VM) from another thread unmaps the page only after
        // the loop has left Run and the handler.
        var held = false;
        try
        {
            held = vcpu.HoldRunPage();
            while (!stopping)
            {
                var exit = vcpu.Run();
                if (stopping || !handler(vcpu, in exit))
                {
                    break;
                }
            }

            completion.TrySetResult();
        }
        catch (Exception exception)
        {
            completion.TrySetException(exception);
        }
        finally
        {
            if (held)
            {
                vcpu.ReleaseRunPage();
            }
        }
    }
}
