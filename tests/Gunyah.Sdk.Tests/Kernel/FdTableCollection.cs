namespace Gunyah.Sdk.Tests.Kernel;

/// <summary>
/// Runs alone: its tests look at the process's fd table (a closed fd number gives EBADF, the open-fd count is back
/// where it started), which any test opening or closing an fd in parallel would disturb — the kernel hands out the
/// lowest free number, so a number just closed is the next one another thread gets.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FdTableCollection
{
    public const string Name = "Process fd table";
}
