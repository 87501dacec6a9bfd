using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Native;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Kernel;

/// <summary>The typed <see cref="EventFd"/> on real eventfds: Signal, Read, TryRead and their typed errors.</summary>
public class EventFdTests
{
    private const EventFdFlags NonBlocking = EventFdFlags.NonBlocking | EventFdFlags.CloseOnExec;

    private static readonly IKernel Kernel = LinuxKernel.Instance;

    [Fact]
    public void Signals_add_up_and_one_read_takes_the_sum()
    {
        using var eventFd = EventFd.Create(Kernel, flags: NonBlocking);

        eventFd.Signal();
        eventFd.Signal(41);

        Assert.Equal(42ul, eventFd.Read());
        Assert.False(eventFd.TryRead(out _));
    }

    [Fact]
    public void The_initial_value_is_the_first_read()
    {
        using var eventFd = EventFd.Create(Kernel, initialValue: 9, flags: NonBlocking);

        Assert.True(eventFd.TryRead(out var value));
        Assert.Equal(9ul, value);
    }

    [Fact]
    public void TryRead_on_a_zero_non_blocking_counter_is_false_with_zero()
    {
        using var eventFd = EventFd.Create(Kernel, flags: NonBlocking);

        Assert.False(eventFd.TryRead(out var value));
        Assert.Equal(0ul, value);
    }

    [Fact]
    public void Read_on_a_zero_non_blocking_counter_throws_EAGAIN_naming_read_on_the_eventfd()
    {
        using var eventFd = EventFd.Create(Kernel, flags: NonBlocking);

        var error = Assert.Throws<GunyahException>(() => eventFd.Read());

        Assert.Equal(Errno.EAGAIN, error.Errno);
        Assert.Equal("read", error.Operation);
        Assert.Equal("eventfd", error.FdKind);
        Assert.Null(error.Profile);
    }

    [Fact]
    public void A_semaphore_eventfd_reads_one_per_read()
    {
        using var eventFd = EventFd.Create(Kernel, initialValue: 2, flags: EventFdFlags.Semaphore | NonBlocking);

        Assert.Equal(1ul, eventFd.Read());
        Assert.Equal(1ul, eventFd.Read());
        Assert.False(eventFd.TryRead(out _));
    }

    [Fact]
    public void Signalling_the_value_all_ones_throws_EINVAL_naming_write()
    {
        using var eventFd = EventFd.Create(Kernel, flags: NonBlocking);

        var error = Assert.Throws<GunyahException>(() => eventFd.Signal(ulong.MaxValue));

        Assert.Equal(Errno.EINVAL, error.Errno);
        Assert.Equal("write", error.Operation);
        Assert.Equal("eventfd", error.FdKind);
    }

    [Fact]
    public void A_blocking_Read_returns_when_another_thread_signals()
    {
        using var eventFd = EventFd.Create(Kernel);
        ulong value = 0;
        var reader = new Thread(() => value = eventFd.Read()) { IsBackground = true };
        reader.Start();
        Assert.False(reader.Join(50), "Read returned before any signal");

        eventFd.Signal(3);

        Assert.True(reader.Join(TimeSpan.FromSeconds(10)));
        Assert.Equal(3ul, value);
    }

    [Fact]
    public void Create_failing_throws_the_kernels_errno_naming_eventfd()
    {
        var error = Assert.Throws<GunyahException>(() => EventFd.Create(Kernel, flags: (EventFdFlags)0x4));

        Assert.Equal(Errno.EINVAL, error.Errno);
        Assert.Equal("eventfd", error.Operation);
    }

    [Fact]
    public void A_disposed_EventFd_throws_ObjectDisposedException()
    {
        var eventFd = EventFd.Create(Kernel, flags: NonBlocking);
        Assert.Equal("eventfd", eventFd.Handle.FdKind);
        Assert.True(eventFd.Fd >= 0);

        eventFd.Dispose();

        Assert.True(eventFd.Handle.IsClosed);
        Assert.Throws<ObjectDisposedException>(() => eventFd.Fd);
        Assert.Throws<ObjectDisposedException>(() => eventFd.Signal());
        Assert.Throws<ObjectDisposedException>(() => eventFd.TryRead(out _));
        eventFd.Dispose();
    }
}
