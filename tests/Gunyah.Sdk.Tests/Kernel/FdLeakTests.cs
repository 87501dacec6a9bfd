using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Native;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Kernel;

/// <summary>The typed types give back every fd and mapping they take: 10,000 of each, then the counts are unchanged.</summary>
[Collection(FdTableCollection.Name)]
public class FdLeakTests
{
    private const int Rounds = 10_000;

    [Fact]
    public void Ten_thousand_eventfds_created_used_and_disposed_leave_the_fd_count_unchanged()
    {
        var kernel = LinuxKernel.Instance;
        var before = QuietFdCount();

        for (var i = 0; i < Rounds; i++)
        {
            using var eventFd = EventFd.Create(kernel, flags: EventFdFlags.NonBlocking | EventFdFlags.CloseOnExec);
            eventFd.Signal();
            Assert.Equal(1ul, eventFd.Read());
        }

        Assert.Equal(before, ProcSelf.OpenFdCount());
    }

    [Fact]
    public void Ten_thousand_guest_memories_allocated_written_and_disposed_leave_fds_and_mappings_unchanged()
    {
        var kernel = LinuxKernel.Instance;
        var name = ProcSelf.UniqueMemfdName("leak");
        var page = (ulong)Environment.SystemPageSize;
        var before = QuietFdCount();

        for (var i = 0; i < Rounds; i++)
        {
            using var memory = GuestMemory.Allocate(kernel, 0x1000_0000, page, name);
            memory.Write(0x1000_0000 + page - 8, (ulong)i);
        }

        Assert.Equal(before, ProcSelf.OpenFdCount());
        Assert.Empty(ProcSelf.MappingsOf(name));
    }

    // Handles other tests dropped without disposing would close their fds whenever the finalizer gets to them:
    // let that happen before the first count.
    private static int QuietFdCount()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return ProcSelf.OpenFdCount();
    }
}
