namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>What vcpu_run returned: X0 error, X1 state, X2–X4 state data (fact sheet §6.5).</summary>
public readonly record struct VcpuRunResult(HypError Error, VcpuRunState State, ulong Data0 = 0, ulong Data1 = 0, ulong Data2 = 0);
