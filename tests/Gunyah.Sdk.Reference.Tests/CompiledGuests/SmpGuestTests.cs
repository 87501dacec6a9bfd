using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Reference.Tests.CompiledGuests;

/// <summary>
/// smp.c, compiled with gcc: vCPU 0 starts the others with PSCI CPU_ON, every vCPU (each on its own host thread)
/// adds to a plain counter under a C spinlock (__atomic_exchange_n → LDAXR/STXR) and to another with
/// __atomic_fetch_add, and vCPU 0 reports both after AFFINITY_INFO says the others are off — no update lost.
/// </summary>
public sealed class SmpGuestTests
{
    [CompiledGuestTheory]
    [InlineData("v17", 4, 20_000)]
    [InlineData("android14-6.1", 2, 20_000)]
    public async Task vCPUs_counting_under_a_C_spinlock_lose_no_update(string generation, int vcpus, int iterations)
    {
        var run = await CompiledGuestRun.RunAsync(generation, [(ulong)vcpus, (ulong)iterations], vcpus, "smp.c");

        Assert.True(run.Reports.TryGetValue(0, out var locked), $"nothing reported: console '{run.Console}', exit {run.ExitReason}, {run.EngineState}");
        var expected = (ulong)(vcpus * iterations);
        Assert.Equal(expected, locked);
        Assert.Equal(expected, run.Reports[1]);
        Assert.Equal(0UL, run.Reports[2]); // Every CPU_ON succeeded.
        Assert.Equal("smp done\n", run.Console);
        Assert.Equal(0, run.UndefinedInstructions);
        Assert.Equal((VcpuExitReason.Status, VmStatus.Exited, (ushort)GhRmVmExitType.PlatformOff), (run.ExitReason, run.Status, run.ExitType));
    }
}
