using Gunyah.Conformance.Checks;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Conformance.Clauses;

/// <summary>Raw SET_USER_MEM_REGION and LEND_USER_MEM calls, and the follow-up that shows a refusal left the
/// region table as it was.</summary>
internal static class RegionCalls
{
    public const ulong Gpa = 0x8000_0000;
    public const uint ReadWriteExecute = 7;

    public static ulong Page => ClauseContext.Page;

    /// <summary>One 32-byte region through SET_USER_MEM_REGION (or, with <paramref name="lend"/>, the Android lend).</summary>
    public static int Region(ClauseContext context, GunyahVm vm, uint label, ulong guest, ulong size, ulong host, uint flags = ReadWriteExecute, bool lend = false) =>
        context.Ioctl(vm.Handle, lend ? "VM_ANDROID_LEND_USER_MEM" : "VM_SET_USER_MEM_REGION", new RegionArgument(label, flags, guest, size, host));

    /// <summary>Host memory for a region, freed when the clause ends.</summary>
    public static ulong Host(ClauseContext context, ulong size) => (ulong)context.Memory(size).HostAddress;

    /// <summary>Fails the clause unless label 1 at <see cref="Gpa"/> is still free: what a refused call tried to
    /// add must have left nothing behind.</summary>
    public static void RequireLabelAndRangeFree(ClauseContext context, GunyahVm vm, bool lend = false) =>
        ClauseContext.RequireSuccess(Region(context, vm, 1, Gpa, Page, Host(context, Page), lend: lend), "adding label 1 at the same address afterwards");
}
