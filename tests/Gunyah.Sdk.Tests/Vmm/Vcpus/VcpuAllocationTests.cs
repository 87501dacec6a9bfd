using Gunyah.Sdk.Tests.Infrastructure;
using Gunyah.Sdk.Tests.Vmm.Fakes;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Vcpus;

/// <summary>The run loop's hot path — Run, exit decode, SetReadValue, Kick's immediate_exit — allocates nothing.</summary>
public class VcpuAllocationTests
{
    private const int Runs = 10_000;

    [Theory]
    [InlineData("v10")]
    [InlineData("v17")]
    public void Ten_thousand_runs_with_mmio_exits_allocate_nothing(string profile)
    {
        using var fake = FakeVmm.Create(profile);
        using var vcpu = fake.AddVcpu();
        ulong address = 0;
        fake.OnRunExit(page => RunPageScript.Mmio(page, ++address, [0x78, 0x56, 0x34, 0x12], 4, isWrite: (address & 1) == 0));
        fake.Kernel.Recording = false;
        ulong sum = 0;

        RunAndDecode(vcpu, 100, ref sum); // warm up: binding, JIT tiers
        var passes = 0;
        var allocated = AllocationMeter.LeastOf(3, () =>
        {
            passes++;
            RunAndDecode(vcpu, Runs, ref sum);
        });

        Assert.Equal(0, allocated);
        Assert.Equal((ulong)((Runs * passes) + 100), address);
        Assert.NotEqual(0ul, sum);
    }

    private static void RunAndDecode(GunyahVcpu vcpu, int count, ref ulong sum)
    {
        for (var i = 0; i < count; i++)
        {
            var exit = vcpu.Run();
            if (exit.Reason != VcpuExitReason.Mmio)
            {
                throw new InvalidOperationException($"run {i}: {exit.Reason}");
            }

            var mmio = exit.Mmio;
            if (mmio.IsWrite)
            {
                sum += mmio.Value + mmio.Address + (ulong)mmio.Length;
            }
            else
            {
                mmio.SetReadValue(mmio.Address);
            }
        }
    }
}
