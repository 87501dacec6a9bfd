namespace Gunyah.Sdk.Tests.Infrastructure;

/// <summary>
/// Bytes a warm piece of code allocates on this thread, as the least over a few passes: a one-off runtime
/// allocation (a tiered recompilation's stub, landing on a loaded machine mid-measure) shows in one pass, an
/// allocation of the code itself in every one.
/// </summary>
internal static class AllocationMeter
{
    public static long LeastOf(int passes, Action pass)
    {
        var least = long.MaxValue;
        for (var i = 0; i < passes && least != 0; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            pass();
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}
