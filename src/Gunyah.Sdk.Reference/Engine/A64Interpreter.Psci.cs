using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Engine;

// PSCI (Arm DEN0022) as the hypervisor answers it for this vCPU: X0 gets the result; the calls that stop the vCPU
// return their stop (the guest continues after the HVC when it runs again).
public sealed partial class A64Interpreter
{
    /// <summary>The PSCI version this engine reports: 1.1.</summary>
    public const uint PsciVersion = 0x0001_0001;

    private const long PsciSuccess = 0, PsciNotSupported = -1;

    private bool Psci(uint function)
    {
        switch (function)
        {
            case 0x8400_0000: // PSCI_VERSION
                x[0] = PsciVersion;
                return true;
            case 0x8400_000A: // PSCI_FEATURES
                x[0] = unchecked((ulong)(Implemented((uint)x[1]) ? PsciSuccess : PsciNotSupported));
                return true;
            case 0x8400_0001 or 0xC400_0001: // CPU_SUSPEND (power_state in X1): standby states sleep as WFI.
            {
                var state = function == 0x8400_0001 ? (uint)x[1] : x[1];
                x[0] = PsciSuccess;
                return Stop(state == 0 ? VcpuStop.WaitForInterrupt() : VcpuStop.Suspend(state));
            }

            case 0x8400_0003 or 0xC400_0003: // CPU_ON: target MPIDR in X1, entry in X2, context ID in X3.
                x[0] = unchecked((ulong)(CpuControl is { } on
                    ? on.CpuOn(Argument(function, 1), Argument(function, 2), Argument(function, 3))
                    : PsciNotSupported));
                return true;
            case 0x8400_0004 or 0xC400_0004: // AFFINITY_INFO: target in X1, lowest affinity level in X2.
                x[0] = unchecked((ulong)(CpuControl is { } info
                    ? info.AffinityInfo(Argument(function, 1), Argument(function, 2))
                    : PsciNotSupported));
                return true;
            case 0x8400_0002: // CPU_OFF
                x[0] = PsciSuccess;
                return Stop(VcpuStop.PowerOff(exited: false));
            case 0x8400_0008: // SYSTEM_OFF
                return Stop(VcpuStop.PowerOff(exited: true));
            case 0x8400_0009: // SYSTEM_RESET: the plain-reset bit of the reset type word.
                return Stop(VcpuStop.SystemReset(1UL << 63));
            case 0x8400_0012 or 0xC400_0012: // SYSTEM_RESET2: type in W1, cookie in X2.
            {
                var smc64 = function == 0xC400_0012 ? 1UL << 62 : 0;
                var cookie = smc64 != 0 ? x[2] : (uint)x[2];
                return Stop(VcpuStop.SystemReset(smc64 | (uint)x[1], cookie));
            }

            default:
                x[0] = unchecked((ulong)PsciNotSupported);
                return true;
        }
    }

    /// <summary>Who answers CPU_ON and AFFINITY_INFO (the hypervisor); without one they are NOT_SUPPORTED.</summary>
    public IPsciCpuControl? CpuControl { get; set; }

    // The SMC32 forms take their arguments in the W registers.
    private ulong Argument(uint function, int n) => (function & 0x4000_0000) != 0 ? x[n] : (uint)x[n];

    private bool Implemented(uint function) => function is 0x8400_0000 or 0x8400_000A or 0x8400_0001 or 0xC400_0001
        || (CpuControl is not null && function is 0x8400_0003 or 0xC400_0003 or 0x8400_0004 or 0xC400_0004)
        || function is 0x8400_0002 or 0x8400_0008 or 0x8400_0009 or 0x8400_0012 or 0xC400_0012;
}
