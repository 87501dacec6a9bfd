using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Reference.Tests.CompiledGuests;

/// <summary>
/// What the harness shows when a C guest goes wrong, so the compiled-guest tests' checks can fail: an instruction
/// the engine lacks (libgcc's AdvSIMD popcount) is counted and takes the VM down before the guest reports, and an
/// input the test did not give fails the run instead of reading as 0.
/// </summary>
public sealed class UnsupportedGuestTests
{
    [CompiledGuestTheory]
    [InlineData("v17")]
    [InlineData("android14-6.1")]
    public async Task An_unimplemented_instruction_is_counted_and_the_VM_faults(string generation)
    {
        var run = await CompiledGuestRun.RunAsync(generation, [0xF0F0UL], "popcount.c");

        Assert.Equal("popcount\n", run.Console);
        Assert.Empty(run.Reports);
        Assert.Equal(1, run.UndefinedInstructions); // The first SIMD instruction; its handler's fetch at VBAR 0 fails.
        Assert.Equal(VcpuExitReason.Status, run.ExitReason);
        Assert.Equal(VmStatus.Exited, run.Status);
        Assert.Equal((ushort)GhRmVmExitType.SoftwareError, run.ExitType); // Not PLATFORM_OFF: the guest never got there.
    }

    [CompiledGuestFact]
    public async Task Reading_an_input_the_test_did_not_give_fails_the_run()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CompiledGuestRun.RunAsync("v17", [1UL], Crc32GuestTests.Sources));

        Assert.Contains("input 1", error.Message, StringComparison.Ordinal);
    }
}
