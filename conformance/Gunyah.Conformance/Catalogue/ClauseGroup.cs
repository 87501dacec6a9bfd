namespace Gunyah.Conformance.Catalogue;

/// <summary>The groups a clause id starts with (<c>group.rest-of-id</c>), in the order reports list them.</summary>
public static class ClauseGroup
{
    public const string Device = "device";
    public const string VmMemory = "vm-memory";
    public const string GuestMemfd = "guest-memfd";
    public const string Dtb = "dtb";
    public const string BootContext = "boot-context";
    public const string Start = "start";
    public const string Functions = "functions";
    public const string VcpuRun = "vcpu-run";
    public const string Teardown = "teardown";
    public const string RmProtocol = "rm-protocol";

    /// <summary>Every group, in report order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Device, VmMemory, GuestMemfd, Dtb, BootContext, Start, Functions, VcpuRun, Teardown, RmProtocol];

    /// <summary>The group of <paramref name="clauseId"/>: the text before its first dot.</summary>
    public static string Of(string clauseId)
    {
        var dot = clauseId.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? clauseId : clauseId[..dot];
    }
}
