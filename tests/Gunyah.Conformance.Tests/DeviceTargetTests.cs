using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Errata;
using Gunyah.Conformance.Running;
using Gunyah.Conformance.Targets;
using Gunyah.Conformance.Tests.Mutants;
using Gunyah.Sdk.Reference;
using Gunyah.Sdk.Uapi;

namespace Gunyah.Conformance.Tests;

/// <summary>
/// The device target, driven through the reference's seam in place of a real kernel: the generation is detected as
/// on hardware, and errata keyed by kernel release turn a known deviation into XFAIL only for matching releases.
/// </summary>
public sealed class DeviceTargetTests
{
    public static TheoryData<string> Generations => [.. AbiProfiles.All.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task The_generation_is_detected_and_the_device_clauses_pass(string generation)
    {
        await using var host = ReferenceHost.Start(AbiProfiles.Find(generation)!);
        Assert.True(DeviceTarget.TryOpen(host.Kernel, host.Kernel.DevicePath, null, "6.1.0-test", out var target, out var error), error);
        Assert.Equal(generation, target.Profile.Name);
        var report = await new ConformanceRunner().RunAsync(target, new ClauseFilter(["device", "start"]).Select(ClauseCatalogue.All));
        Assert.Equal((TargetKind.Device, "6.1.0-test"), (report.Kind, report.KernelVersion));
        Assert.True(report.Succeeded, string.Join("; ", report.Results.Where(r => r.Status == ClauseStatus.Fail).Select(r => $"{r.Clause.Id}: {r.Detail}")));
    }

    [Fact]
    public void A_missing_device_cannot_be_opened()
    {
        Assert.False(DeviceTarget.TryOpen("/dev/gunyah-conformance-test-absent", null, out var target, out var error));
        Assert.Null(target);
        Assert.Contains("ENOENT", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6.1.75-android14-11", ClauseStatus.XFail)]
    [InlineData("6.6.30-android15-8", ClauseStatus.Fail)]
    public async Task Errata_for_devices_are_keyed_by_kernel_release(string release, ClauseStatus expected)
    {
        var mutant = Mutant.All.Single(m => m.CaughtBy == "device.create-vm.nonzero-argument");
        var profile = AbiProfiles.Find(mutant.Generation)!;
        await using var host = ReferenceHost.Start(profile);
        Assert.True(DeviceTarget.TryOpen(mutant.Decorate(host.Kernel), host.Kernel.DevicePath, profile, release, out var target, out var error), error);
        var errata = new ErrataTable([new Erratum(mutant.CaughtBy, TargetKind.Device, "a kernel that ignores CREATE_VM's argument") { KernelVersions = "6.1.*", Generations = [mutant.Generation] }]);
        var report = await new ConformanceRunner { Errata = errata }.RunAsync(target, [ClauseCatalogue.Find(mutant.CaughtBy)!]);
        var result = Assert.Single(report.Results);
        Assert.Equal(expected, result.Status);
        Assert.Equal(expected == ClauseStatus.XFail, result.Detail.StartsWith("a kernel that ignores", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_erratum_for_a_clause_that_passes_fails_as_stale()
    {
        await using var target = ReferenceTarget.Start(AbiProfiles.V17);
        var errata = new ErrataTable([new Erratum("device.unknown-request", TargetKind.Reference, "believed wrong")]);
        var report = await new ConformanceRunner { Errata = errata }.RunAsync(target, [ClauseCatalogue.Find("device.unknown-request")!]);
        var result = Assert.Single(report.Results);
        Assert.Equal(ClauseStatus.Fail, result.Status);
        Assert.Contains("remove the entry", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_that_hangs_fails_after_the_timeout()
    {
        await using var target = ReferenceTarget.Start(AbiProfiles.V17);
        using var release = new ManualResetEventSlim();
        var hung = new Clause("teardown.test-hang", "Hangs until released.", "test", ExpectedOutcomes.In(AbiProfiles.V17.Name, Expected.Success), _ =>
        {
            release.Wait(TimeSpan.FromSeconds(10));
            return 0;
        });
        var report = await new ConformanceRunner { ClauseTimeout = TimeSpan.FromMilliseconds(100) }.RunAsync(target, [hung]);
        release.Set();
        var result = Assert.Single(report.Results);
        Assert.Equal(ClauseStatus.Fail, result.Status);
        Assert.Contains("did not finish", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_capability_skips_with_the_reason()
    {
        await using var target = ReferenceTarget.Start(AbiProfiles.Android15);
        var needsFiles = new Clause("guest-memfd.test-needs-files", "Needs guest memory files.", "test", ExpectedOutcomes.In(AbiProfiles.Android15.Name, Expected.Success), _ => 0)
        { Requires = Gunyah.Sdk.Vmm.VmCapabilities.GuestMemoryFiles };
        var result = Assert.Single((await new ConformanceRunner().RunAsync(target, [needsFiles])).Results);
        Assert.Equal((ClauseStatus.Skip, "android15-6.6 lacks GuestMemoryFiles"), (result.Status, result.Detail));
    }

    [Fact]
    public async Task A_device_skips_the_clauses_that_need_an_rm_link_or_rm_fault_injection()
    {
        await using var host = ReferenceHost.Start(AbiProfiles.V6);
        Assert.True(DeviceTarget.TryOpen(host.Kernel, host.Kernel.DevicePath, null, "6.1.0-test", out var target, out var error), error);
        await using (target)
        {
            var needing = ClauseCatalogue.All.Where(c => c.Needs != TargetFeatures.None).ToList();
            Assert.Contains(needing, c => c.Needs.HasFlag(TargetFeatures.RmFaultInjection));
            Assert.Equal(needing.Count(c => c.Group == "rm-protocol"), ClauseCatalogue.All.Count(c => c.Group == "rm-protocol"));
            var results = (await new ConformanceRunner().RunAsync(target, needing)).Results;
            Assert.All(results, r => Assert.Equal(ClauseStatus.Skip, r.Status));
            Assert.All(results.Where(r => r.Clause.Expected.AppliesTo("v6")), r => Assert.Contains("no channel to the RM", r.Detail, StringComparison.Ordinal));
            Assert.Throws<NotSupportedException>(() => target.OpenRmLink());
        }
    }
}
