using Gunyah.Conformance.Running;

namespace Gunyah.Conformance.Reporting;

/// <summary>How reports spell statuses: <c>PASS</c>, <c>FAIL</c>, <c>SKIP</c>, <c>XFAIL</c>.</summary>
public static class StatusNames
{
    public static IReadOnlyList<ClauseStatus> All { get; } = [ClauseStatus.Pass, ClauseStatus.Fail, ClauseStatus.Skip, ClauseStatus.XFail];

    public static string Of(ClauseStatus status) => status switch
    {
        ClauseStatus.Pass => "PASS",
        ClauseStatus.Fail => "FAIL",
        ClauseStatus.Skip => "SKIP",
        _ => "XFAIL",
    };
}
