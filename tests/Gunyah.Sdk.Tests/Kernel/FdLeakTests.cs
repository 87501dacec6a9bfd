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

        AssertNoMoreFdsThan(before);
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

        AssertNoMoreFdsThan(before);
        Assert.Empty(ProcSelf.MappingsOf(name));
    }

    // Not more fds than before: a leak here would be one per round (10,000). Fewer is fine — a handle another test
    // dropped can still be finalized, closing its fd, while this test runs.
    private static void AssertNoMoreFdsThan(int before)
    {
        var after = ProcSelf.OpenFdCount();
        Assert.True(after <= before, $"{after} fds open after the rounds, {before} before");
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
