using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using Gunyah.Sdk.Vmm;
using static Gunyah.Conformance.Catalogue.Expected;
using static Gunyah.Conformance.Catalogue.ExpectedOutcomes;
using static Gunyah.Conformance.Catalogue.Generations;
using static Gunyah.Conformance.Clauses.RegionCalls;
using static Gunyah.Sdk.Errno;

namespace Gunyah.Conformance.Clauses;

/// <summary>The Android SET_FW_CONFIG ('A' 0x12) (gunyah-uapi.md §5.1, §7); grouped with the devicetree it sits beside.</summary>
internal static class FirmwareConfigClauses
{
    public static IEnumerable<Clause> All()
    {
        yield return new Clause(
            "dtb.firmware.null-argument",
            "SET_FW_CONFIG with an unreadable argument fails with EFAULT; a valid one afterwards is accepted.",
            "gunyah-uapi.md §5.1, §7 SET_FW_CONFIG",
            In(Android, Fails(EFAULT)),
            context =>
            {
                var vm = context.CreateVm();
                var result = context.IoctlValue(vm.Handle.Fd, "VM_ANDROID_SET_FW_CONFIG", 0);
                ClauseContext.RequireSuccess(ClauseContext.Result(() => vm.SetFirmwareConfig(Gpa, Page)), "a valid SET_FW_CONFIG afterwards");
                return result;
            })
        { Requires = VmCapabilities.FirmwareConfig };

        yield return new Clause(
            "dtb.firmware.range-wraps",
            "A firmware range that wraps past the top of the address space fails with EOVERFLOW.",
            "gunyah-uapi.md §7 (ACK15 SET_FW_CONFIG: overflow check); android14-6.1 taken to check alike",
            In(Android, Fails(EOVERFLOW)),
            context => context.Ioctl(context.CreateVm().Handle, "VM_ANDROID_SET_FW_CONFIG", new AddressRangeArgument(0UL - Page, 2 * Page)))
        { Requires = VmCapabilities.FirmwareConfig };

        yield return new Clause(
            "dtb.firmware.start-outside-every-region",
            "android14-6.1 gives the RM the region that holds the firmware range at START; when no region holds it, START fails with EINVAL.",
            "gunyah-uapi.md §5.1 (SET_FW_CONFIG); §11 gap, our choice (docs/reference-hypervisor.md, Android firmware)",
            In(Android14, Fails(EINVAL)),
            context =>
            {
                var prepared = StartableVm.Create(context);
                prepared.Vm.SetFirmwareConfig(StartableVm.RamBase + StartableVm.RamSize + Page, Page);
                return ClauseContext.Result(prepared.Vm.Start);
            })
        { Basis = ClauseBasis.DocumentedChoice, Requires = VmCapabilities.FirmwareConfig };

        yield return new Clause(
            "dtb.firmware.start-with-firmware-in-ram",
            "A VM whose firmware range lies in its RAM starts.",
            "gunyah-uapi.md §5.1, §7 SET_FW_CONFIG",
            In(Android, Success),
            context =>
            {
                var prepared = StartableVm.Create(context);
                prepared.Vm.SetFirmwareConfig(StartableVm.RamBase + (StartableVm.RamSize / 2), Page);
                return ClauseContext.Result(prepared.Vm.Start);
            })
        { Requires = VmCapabilities.FirmwareConfig };
    }
}
