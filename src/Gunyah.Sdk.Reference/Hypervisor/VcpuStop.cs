namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>What an <see cref="IVcpuEngine"/> returns when the vCPU needs the hypervisor; build one with the factories.</summary>
/// <param name="Kind">Why it stopped.</param>
/// <param name="Address">The IPA of an MMIO access or page fault; the cookie of a system reset.</param>
/// <param name="Size">The MMIO access size in bytes (1, 2, 4 or 8).</param>
/// <param name="Value">The MMIO write value, sleep state, poweroff flags, write flag or reset type word.</param>
public readonly record struct VcpuStop(VcpuStopKind Kind, ulong Address = 0, int Size = 0, ulong Value = 0)
{
    /// <summary>Timeslice over: READY.</summary>
    public static VcpuStop Yield() => new(VcpuStopKind.Yield);

    /// <summary>WFI: EXPECTS_WAKEUP with sleep type 0.</summary>
    public static VcpuStop WaitForInterrupt() => new(VcpuStopKind.WaitForInterrupt);

    /// <summary>PSCI CPU_SUSPEND to <paramref name="powerState"/> (non-zero).</summary>
    public static VcpuStop Suspend(ulong powerState) => new(VcpuStopKind.Suspend, Value: powerState);

    /// <summary>PSCI CPU_OFF; <paramref name="exited"/> sets poweroff flag bit 0 (the vCPU exited/terminated).</summary>
    public static VcpuStop PowerOff(bool exited = false) => new(VcpuStopKind.PowerOff, Value: exited ? 1UL : 0UL);

    /// <summary>Blocked in the hypervisor.</summary>
    public static VcpuStop Blocked() => new(VcpuStopKind.Blocked);

    /// <summary>An MMIO load of <paramref name="size"/> bytes at <paramref name="ipa"/>.</summary>
    public static VcpuStop MmioRead(ulong ipa, int size) => new(VcpuStopKind.MmioRead, ipa, size);

    /// <summary>An MMIO store of <paramref name="value"/> (<paramref name="size"/> bytes) at <paramref name="ipa"/>.</summary>
    public static VcpuStop MmioWrite(ulong ipa, int size, ulong value) => new(VcpuStopKind.MmioWrite, ipa, size, value);

    /// <summary>A page fault at <paramref name="ipa"/>.</summary>
    public static VcpuStop PageFault(ulong ipa, bool write) => new(VcpuStopKind.PageFault, ipa, Value: write ? 1UL : 0UL);

    /// <summary>An unrecoverable fault.</summary>
    public static VcpuStop Fault() => new(VcpuStopKind.Fault);

    /// <summary>PSCI SYSTEM_RESET/OFF with its reset type word (bits 31:0 type, bit 62 SMC64, bit 63 plain reset) and cookie.</summary>
    public static VcpuStop SystemReset(ulong resetTypeWord, ulong cookie = 0) => new(VcpuStopKind.SystemReset, cookie, Value: resetTypeWord);
}
