using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Tests.Hypervisor;

/// <summary>The hypervisor's numbers, pinned to the fact sheet (§6.5, §6.8).</summary>
public class HypErrorTests
{
    [Theory]
    [InlineData(HypError.Ok, 0)]
    [InlineData(HypError.Unimplemented, -1)]
    [InlineData(HypError.Retry, -2)]
    [InlineData(HypError.ArgumentInvalid, 1)]
    [InlineData(HypError.NoMemory, 10)]
    [InlineData(HypError.AddressInvalid, 22)]
    [InlineData(HypError.Denied, 30)]
    [InlineData(HypError.Busy, 31)]
    [InlineData(HypError.ObjectState, 33)]
    [InlineData(HypError.CspaceInsufficientRights, 53)]
    [InlineData(HypError.MessageQueueEmpty, 60)]
    [InlineData(HypError.MessageQueueFull, 61)]
    [InlineData(HypError.MemdbNotOwner, 111)]
    [InlineData(HypError.ExistingMapping, 200)]
    public void Error_codes_have_the_hypervisors_values(HypError error, long value) => Assert.Equal(value, (long)error);

    [Theory]
    [InlineData(VcpuRunState.Ready, 0ul)]
    [InlineData(VcpuRunState.ExpectsWakeup, 1ul)]
    [InlineData(VcpuRunState.PoweredOff, 2ul)]
    [InlineData(VcpuRunState.AddressSpaceVmmioRead, 4ul)]
    [InlineData(VcpuRunState.AddressSpaceVmmioWrite, 5ul)]
    [InlineData(VcpuRunState.AddressSpacePageFault, 7ul)]
    [InlineData(VcpuRunState.PsciSystemReset, 0x100ul)]
    public void Vcpu_run_states_have_the_hypervisors_values(VcpuRunState state, ulong value) => Assert.Equal(value, (ulong)state);
}
