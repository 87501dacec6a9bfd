using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>
/// A bound irqfd. A background thread polls the eventfd (and a private stop eventfd); each signal is consumed
/// (the counter read, as KVM's irqfd does) and rings the doorbell with doorbell_send(flags 1). Signals that arrive
/// before START filled the ticket find no doorbell and are lost ("Premature injection"), as in the kernel.
/// LEVEL sets the doorbell's enable and ack masks to 1 so the line clears once the guest takes it.
/// </summary>
internal sealed class Irqfd : IDisposable
{
    private readonly HostDriver driver;
    private readonly int eventFd;
    private readonly int stopFd;
    private readonly bool level;
    private readonly Thread thread;
    // -1 is U64_MAX, the invalid capability id; real ids use all 64 bits.
    private long capId = -1;
    private long lost;

    public Irqfd(HostDriver driver, int eventFd, bool level)
    {
        this.driver = driver;
        this.eventFd = eventFd;
        this.level = level;
        stopFd = driver.Real.EventFd(0, EventFdFlags.CloseOnExec | EventFdFlags.NonBlocking);
        thread = new Thread(Loop) { IsBackground = true, Name = "gunyah-irqfd" };
    }

    /// <summary>Signals that found no doorbell.</summary>
    public long Lost => Interlocked.Read(ref lost);

    public void Start() => thread.Start();

    public void Populate(GhRmHypResource resource)
    {
        if (level)
        {
            driver.Hypercalls.DoorbellMask(resource.CapId, enableMask: 1, ackMask: 1);
        }

        Interlocked.Exchange(ref capId, (long)resource.CapId);
    }

    public void Unpopulate() => Interlocked.Exchange(ref capId, -1);

    public void Dispose()
    {
        Span<byte> one = [1, 0, 0, 0, 0, 0, 0, 0];
        driver.Real.Write(stopFd, one);
        if (thread.IsAlive && Thread.CurrentThread != thread)
        {
            thread.Join();
        }

        driver.Real.Close(eventFd);
        driver.Real.Close(stopFd);
    }

    private void Loop()
    {
        Span<byte> counter = stackalloc byte[8];
        while (true)
        {
            var ready = NativeFiles.WaitReadable(eventFd, stopFd, 1000);
            if (ready == 2 || ready < 0)
            {
                return;
            }

            if (ready == 0 || driver.Real.Read(eventFd, counter) < 0)
            {
                continue;
            }

            var cap = Interlocked.Read(ref capId);
            if (cap == -1)
            {
                Interlocked.Increment(ref lost);
                continue;
            }

            driver.Hypercalls.DoorbellSend((ulong)cap, 1, out _);
        }
    }
}
