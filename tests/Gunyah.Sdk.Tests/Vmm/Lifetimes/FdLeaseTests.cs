using System.Buffers.Binary;
using Gunyah.Sdk.Tests.Vmm.Fakes;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Lifetimes;

/// <summary>
/// An fd whose number goes into another fd's ioctl argument (irqfd, ioeventfd, MAP_MEM) is leased for the call: a
/// concurrent Dispose cannot close it, and the kernel reuse the number, while the call runs. Removal sends the
/// add's argument again, so it works after the eventfd was closed.
/// </summary>
public class FdLeaseTests
{
    [Fact]
    public void A_leased_fd_stays_open_through_Dispose_until_the_lease_ends()
    {
        using var fake = FakeVmm.Create("v17");
        var eventFd = fake.Device.CreateEventFd();
        var fd = eventFd.Fd;

        var lease = eventFd.Handle.LeaseFd();
        eventFd.Dispose();
        Assert.Equal(fd, lease.Fd);
        Assert.DoesNotContain(fake.Kernel.Closes, c => c.Fd == fd);

        lease.Dispose();
        Assert.Contains(fake.Kernel.Closes, c => c.Fd == fd);
        Assert.Throws<ObjectDisposedException>(() => eventFd.Handle.LeaseFd());
    }

    [Theory]
    [InlineData("android14-6.1")]
    [InlineData("v17")]
    public void An_irqfd_is_removed_with_the_fd_it_was_added_with_after_the_eventfd_is_closed(string profile)
    {
        using var fake = FakeVmm.Create(profile);
        var eventFd = fake.Device.CreateEventFd();
        var fd = eventFd.Fd;
        var binding = fake.Vm.AddFunction(new IrqfdFunction(eventFd, 7));
        var added = fake.Ioctls[^1].FunctionArgument!;
        eventFd.Dispose();

        binding.Remove();

        var removed = fake.Ioctls[^1].FunctionArgument!;
        Assert.Equal(added, removed);
        Assert.Equal(fd, BinaryPrimitives.ReadInt32LittleEndian(removed));
    }
}
