using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Client;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Uapi;

namespace Gunyah.Sdk.Reference.Tests.Assembled;

/// <summary>
/// Allocation bounds on the whole reference machine (not timings: speed goals live in bench/). The lifecycle counts
/// the whole process (the collection runs alone), so work moved to another thread still counts; the RM call counts
/// its own thread, where it is answered. Each bound is the least of several passes, so a one-time runtime allocation
/// (a tier-up, the runner's own bookkeeping) in one pass cannot fail it.
/// </summary>
[Collection(nameof(FullStackLifecycleTests))]
public sealed class LifecycleAllocationTests
{
    [Fact]
    public async Task A_lifecycle_with_a_2_MiB_region_allocates_a_bounded_amount_whatever_the_region_size()
    {
        // About 27 KB today, most of it the RM reading the devicetree into a document. A page-granular model of the
        // region's 512 pages alone cost over 200 KB, so the bound would catch its return.
        // The benchmark's VM on android14-6.1: AssembledVm's 2 MiB RAM (fresh each cycle) holding its devicetree.
        await using var host = ReferenceHost.Start(AbiProfiles.Android14);
        using var device = host.OpenDevice();
        var dtb = AssembledVm.Dtb();
        var perCycle = LeastPerRound(passes: 4, rounds: 50, static () => GC.GetTotalAllocatedBytes(precise: true), () =>
        {
            using var vm = device.CreateVm();
            using var memory = AssembledVm.GiveMemory(device, vm, dtb);
            vm.SetDeviceTree(AssembledVm.Base + AssembledVm.DtbOffset, (ulong)dtb.Length + 0x1000);
            using var vcpu = vm.AddVcpu(0);
            vm.Start();
        });

        Assert.True(perCycle <= 48 * 1024, $"a lifecycle allocated {perCycle} bytes in the process");
    }

    [Fact]
    public async Task An_RM_call_over_the_hypervisor_queues_is_answered_on_the_callers_thread_and_allocates_almost_nothing()
    {
        await using var system = ReferenceSystem.Create();
        var transport = new RmClient(system.HostRmQueues);
        await using var _ = transport;
        using var client = new GhRmClient(transport, transport);
        transport.Start();
        await client.VmGetVmidAsync(); // the loops are parked on their queues from here on

        // Asserts stay out of the counted loop (xunit's comparers allocate); the loop only counts what went wrong.
        int waited = 0, wrong = 0;
        var perCall = LeastPerRound(passes: 4, rounds: 500, GC.GetAllocatedBytesForCurrentThread, () =>
        {
            var call = client.VmGetVmidAsync();
            if (!call.IsCompleted)
                waited++;
            if (call.Result.Vmid != ReferenceHypervisor.HlosVmid)
                wrong++;
        });

        Assert.Equal(0, waited);
        Assert.Equal(0, wrong);
        Assert.True(perCall <= 128, $"an RM round trip allocated {perCall} bytes");
    }

    private static long LeastPerRound(int passes, int rounds, Func<long> allocated, Action round)
    {
        round();
        var least = long.MaxValue;
        for (var pass = 0; pass < passes; pass++)
        {
            var before = allocated();
            for (var i = 0; i < rounds; i++)
            {
                round();
            }

            least = Math.Min(least, (allocated() - before) / rounds);
        }

        return least;
    }
}
