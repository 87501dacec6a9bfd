using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Running;
using Gunyah.Conformance.Targets;

namespace Gunyah.Conformance.Tests.Reporting;

/// <summary>Two hand-made runs with every status, and text that needs escaping in every format.</summary>
internal static class SampleReports
{
    public static IReadOnlyList<RunReport> All { get; } =
    [
        new("reference", TargetKind.Reference, "v17", null,
        [
            Result("device.unknown-request", ClauseStatus.Pass, string.Empty, Expected.Fails(25), "ENOTTY"),
            Result("dtb.null-argument", ClauseStatus.Fail, "expected EFAULT, got EINVAL <&> \"#1\"", Expected.Fails(14), "EINVAL"),
            Result("vm-memory.region.null-argument", ClauseStatus.Skip, "not part of v17 # has no regions", null, null),
            Result("vcpu-run.mmap-past-the-run-page", ClauseStatus.XFail, "known: refuses at mmap time", Expected.Success, "EINVAL"),
        ]),
        new("/dev/gunyah", TargetKind.Device, "android14-6.1", "6.1.75-android14-11",
        [
            Result("start.prepared-vm", ClauseStatus.Pass, string.Empty, Expected.Success, "0"),
            Result("vcpu-run.mmap-size", ClauseStatus.Pass, string.Empty, Expected.Returns(4096), "4096"),
        ]),
    ];

    private static ClauseResult Result(string id, ClauseStatus status, string detail, Expected? expected, string? observed) =>
        new(ClauseCatalogue.Find(id)!, status, detail, expected, observed, TimeSpan.FromMilliseconds(1.5));
}
