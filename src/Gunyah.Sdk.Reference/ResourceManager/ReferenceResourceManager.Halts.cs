using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

// A guest vCPU halting ends its VM: the hypervisor raises the vCPU's halt vIRQ in the RM VM, the RM asks
// vcpu_run_check how it stopped and turns that into EXITED with NOTIFY_VM_EXITED (fact sheet §6.5, exit payload).
public sealed partial class ReferenceResourceManager
{
    private const ulong ResetTypeWordPlainReset = 1UL << 63;
    private const ulong ResetTypeWordSmc64 = 1UL << 62;

    /// <summary>The halt vIRQ of vCPU <paramref name="vcpu"/> of <paramref name="vm"/> fired. Runs on the halting
    /// thread: decides under the lock, sends the notifications on the thread pool.</summary>
    private void OnVcpuHalted(RmVm vm, ulong vcpu)
    {
        lock (gate)
        {
            if (!vms.TryGetValue(vm.Vmid, out var current) || !ReferenceEquals(current, vm)
                || !RmVmStates.IsLegal(vm.State, GhRmVmStatus.Exited)
                || platform.VcpuRunCheck(vcpu, out var stopped) != HypError.Ok)
            {
                return; // Stale (the VM went or already exited) or no longer halted: nothing to report.
            }

            var (type, code) = ExitOf(stopped, vm.CrashMessage.Length != 0);
            var flags = (ushort)0;
            if (type == GhRmVmExitType.PsciSystemReset2 && (stopped.Data0 & ResetTypeWordSmc64) != 0)
            {
                flags |= (ushort)GhRmVmExitFlags.Smc64;
            }

            var cookie = (stopped.Data0 & ResetTypeWordSmc64) != 0 ? stopped.Data1 : (uint)stopped.Data1;
            Exit(vm, type, flags, code, (uint)stopped.Data0, cookie);
            cleanups.RemoveAll(t => t.IsCompleted);
            cleanups.Add(Task.Run(async () => await FlushAsync().ConfigureAwait(false)));
        }
    }

    /// <summary>The exit type and code for how a vCPU halted: POWERED_OFF → PLATFORM_OFF; PSCI system reset with
    /// bit 63 (plain SYSTEM_RESET) → PLATFORM_RESET, without → PSCI_SYSTEM_RESET2; FAULT → SOFTWARE_ERROR; anything
    /// else → SOFTWARE_ERROR with UNKNOWN_ERROR. A set crash message makes the code SOFTWARE_ERROR.</summary>
    internal static (GhRmVmExitType Type, GhRmVmExitCode Code) ExitOf(in VcpuRunResult stopped, bool crashed)
    {
        var (type, code) = stopped.State switch
        {
            VcpuRunState.PoweredOff => (GhRmVmExitType.PlatformOff, GhRmVmExitCode.Normal),
            VcpuRunState.PsciSystemReset when (stopped.Data0 & ResetTypeWordPlainReset) != 0 => (GhRmVmExitType.PlatformReset, GhRmVmExitCode.Normal),
            VcpuRunState.PsciSystemReset => (GhRmVmExitType.PsciSystemReset2, GhRmVmExitCode.Normal),
            VcpuRunState.Fault => (GhRmVmExitType.SoftwareError, GhRmVmExitCode.SoftwareError),
            _ => (GhRmVmExitType.SoftwareError, GhRmVmExitCode.UnknownError),
        };
        return (type, crashed ? GhRmVmExitCode.SoftwareError : code);
    }
}
