namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// The registers a vCPU starts with, as the VMM set them with VM_SET_BOOT_CONTEXT: X0–X31, PC and SP0–SP2 (the
/// driver's register ids). vcpu_poweron carries only the entry (PC) and X0; the reference hands an engine the rest
/// through <see cref="IVcpuEngine.LoadBootRegisters"/> just before powering it on. Unset registers read 0.
/// </summary>
public sealed class VcpuBootRegisters
{
    /// <summary>General registers the boot context can set (X0–X31).</summary>
    public const int GeneralCount = 32;

    /// <summary>Stack pointers the boot context can set (SP0–SP2).</summary>
    public const int StackPointerCount = 3;

    private readonly ulong[] general = new ulong[GeneralCount];
    private readonly ulong[] stackPointers = new ulong[StackPointerCount];

    /// <summary>The entry point.</summary>
    public ulong Pc { get; internal set; }

    /// <summary>General register X<paramref name="index"/>.</summary>
    public ulong X(int index) => general[index];

    /// <summary>Stack pointer SP<paramref name="index"/> (0: SP_EL0, 1: SP_EL1, 2: SP_EL2).</summary>
    public ulong Sp(int index) => stackPointers[index];

    internal void SetX(int index, ulong value) => general[index] = value;

    internal void SetSp(int index, ulong value) => stackPointers[index] = value;
}
