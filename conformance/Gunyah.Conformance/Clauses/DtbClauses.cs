using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using Gunyah.Sdk.Vmm;
using static Gunyah.Conformance.Catalogue.Expected;
using static Gunyah.Conformance.Catalogue.ExpectedOutcomes;
using static Gunyah.Conformance.Catalogue.Generations;
using static Gunyah.Conformance.Clauses.RegionCalls;
using static Gunyah.Sdk.Errno;

namespace Gunyah.Conformance.Clauses;

/// <summary>SET_DTB_CONFIG and where START looks for the devicetree (gunyah-uapi.md §3, §5.4, §6.4, §7).</summary>
internal static class DtbClauses
{
    public static IEnumerable<Clause> All()
    {
        yield return new Clause(
            "dtb.null-argument",
            "SET_DTB_CONFIG with an unreadable argument fails with EFAULT; a valid one afterwards is accepted.",
            "gunyah-uapi.md §5.4, §6.4 SET_DTB_CONFIG",
            In(Generations.All, Fails(EFAULT)),
            context =>
            {
                var vm = context.CreateVm();
                var result = context.IoctlValue(vm.Handle.Fd, "VM_SET_DTB_CONFIG", 0);
                ClauseContext.RequireSuccess(ClauseContext.Result(() => vm.SetDeviceTree(Gpa, Page)), "a valid SET_DTB_CONFIG afterwards");
                return result;
            });

        yield return new Clause(
            "dtb.range-wraps",
            "A devicetree range that wraps past the top of the address space fails with EOVERFLOW; v6 only stores it.",
            "gunyah-uapi.md §5.4, §6.4, §7 SET_DTB_CONFIG; §3",
            In(Generations.All, Fails(EOVERFLOW)).And(V6, Success),
            context => Dtb(context, 0UL - Page, 2 * Page));

        yield return new Clause(
            "dtb.size-rounded-before-overflow-check",
            "android14-6.1 rounds the size up to a page before its overflow check, so one byte at the last page wraps (EOVERFLOW); the others accept it.",
            "gunyah-uapi.md §5.4 SET_DTB_CONFIG (ACK14 rounds first)",
            In(Generations.All, Success).And(Android14, Fails(EOVERFLOW)),
            context => Dtb(context, 0UL - Page, 1));

        yield return new Clause(
            "dtb.set-again-before-start",
            "SET_DTB_CONFIG may be called again before START; the last one counts.",
            "gunyah-uapi.md §5.4 (only stored), §6.4 (any time before START)",
            In(Generations.All, Success),
            context =>
            {
                var vm = context.CreateVm();
                ClauseContext.RequireSuccess(ClauseContext.Result(() => vm.SetDeviceTree(0x1000_0000, Page)), "the first SET_DTB_CONFIG");
                return ClauseContext.Result(() => vm.SetDeviceTree(Gpa, Page));
            });

        yield return new Clause(
            "dtb.start-outside-every-region",
            "START fails with EINVAL when the devicetree range does not lie inside one region (here it runs past the region's end).",
            "gunyah-uapi.md §3 (DTB config), §5.4 SET_DTB_CONFIG / START",
            In(GhEra, Fails(EINVAL)),
            context =>
            {
                var vm = context.CreateVm();
                ClauseContext.RequireSuccess(Region(context, vm, 0, Gpa, 2 * Page, Host(context, 2 * Page)), "adding a 2-page region");
                vm.SetDeviceTree(Gpa + Page, 2 * Page);
                return ClauseContext.Result(vm.Start);
            });

        yield return new Clause(
            "dtb.start-smaller-than-a-page",
            "From v17 on START fails with EINVAL when the devicetree size is less than one page.",
            "gunyah-uapi.md §6.4 SET_DTB_CONFIG (at START)",
            In(Generations.Gunyah, Fails(EINVAL)),
            context =>
            {
                var prepared = StartableVm.Create(context);
                prepared.Vm.SetDeviceTree(StartableVm.DtbAddress, Page - 1);
                return ClauseContext.Result(prepared.Vm.Start);
            });

        yield return new Clause(
            "dtb.start-unbound",
            "From v17 on START fails with ENOENT when no binding holds the devicetree's first page.",
            "gunyah-uapi.md §6.4 SET_DTB_CONFIG (at START)",
            In(Generations.Gunyah, Fails(ENOENT)),
            context =>
            {
                var prepared = StartableVm.Create(context);
                prepared.Vm.SetDeviceTree(StartableVm.RamBase + StartableVm.RamSize + Page, Page);
                return ClauseContext.Result(prepared.Vm.Start);
            });

        yield return new Clause(
            "dtb.start-runs-past-its-binding",
            "From v17 on START fails with ENOENT when the devicetree range runs past the end of the binding that holds its start.",
            "gunyah-uapi.md §6.4 SET_DTB_CONFIG (at START)",
            In(Generations.Gunyah, Fails(ENOENT)),
            context =>
            {
                var prepared = StartableVm.Create(context);
                prepared.Vm.SetDeviceTree(StartableVm.RamBase + StartableVm.RamSize - Page, 2 * Page);
                return ClauseContext.Result(prepared.Vm.Start);
            });
    }

    // A raw SET_DTB_CONFIG on a fresh VM; after a refusal a valid one is still accepted.
    private static int Dtb(ClauseContext context, ulong guest, ulong size)
    {
        var vm = context.CreateVm();
        var result = context.Ioctl(vm.Handle, "VM_SET_DTB_CONFIG", new AddressRangeArgument(guest, size));
        if (result < 0)
        {
            ClauseContext.RequireSuccess(ClauseContext.Result(() => vm.SetDeviceTree(Gpa, Page)), "a valid SET_DTB_CONFIG afterwards");
        }

        return result;
    }
}
