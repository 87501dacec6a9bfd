using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using Gunyah.Sdk.Vmm;
using static Gunyah.Conformance.Catalogue.Expected;
using static Gunyah.Conformance.Catalogue.ExpectedOutcomes;
using static Gunyah.Conformance.Catalogue.Generations;
using static Gunyah.Conformance.Clauses.RegionCalls;
using static Gunyah.Sdk.Errno;

namespace Gunyah.Conformance.Clauses;

/// <summary>SET_USER_MEM_REGION and the Android LEND_USER_MEM (gunyah-uapi.md §3, §5.4, §7).</summary>
internal static class RegionClauses
{
    private static readonly IReadOnlyList<string> Checked = [V10, Android14, Android15];

    private const string Android15Gap = "; android15-6.6: §11 gap (its binding internals were not retrieved), our choice: android14-6.1's checks";
    private const string V10Gap = "; v10: §11 gap (v10 not read directly), our choice: §5.4's checks";

    // Clauses whose expectation in some generations is our choice for a gap, and which gap.
    private static readonly Dictionary<string, (string[] Generations, string Gap)> Choices = new(StringComparer.Ordinal)
    {
        ["vm-memory.region.size-zero"] = ([Android15], Android15Gap),
        ["vm-memory.region.unaligned-size"] = ([Android15], Android15Gap),
        ["vm-memory.region.unaligned-host-address"] = ([Android15], Android15Gap),
        ["vm-memory.region.unaligned-guest-address"] = ([V10, Android15], V10Gap + Android15Gap),
        ["vm-memory.region.guest-range-wraps"] = ([V10, Android15], V10Gap + Android15Gap),
        ["vm-memory.region.duplicate-label"] = ([Android15], Android15Gap),
        ["vm-memory.region.overlapping-guest-range"] = ([Android15], Android15Gap),
        ["vm-memory.region.unmapped-host-memory"] = ([Android15], Android15Gap),
        ["vm-memory.lend.shares-labels-with-regions"] = ([Android15], Android15Gap),
    };

    public static IEnumerable<Clause> All() => Defined().Select(c =>
        Choices.TryGetValue(c.Id, out var choice) ? c with { Source = c.Source + choice.Gap, ChoiceIn = choice.Generations } : c);

    private static IEnumerable<Clause> Defined()
    {
        yield return Refusal(
            "vm-memory.region.null-argument",
            "SET_USER_MEM_REGION with an unreadable argument fails with EFAULT.",
            "gunyah-uapi.md §5.4 SET_USER_MEM_REGION; §3",
            In(WithRegions, Fails(EFAULT)),
            (context, vm) => context.IoctlValue(vm.Handle.Fd, "VM_SET_USER_MEM_REGION", 0));

        yield return Refusal(
            "vm-memory.region.unknown-flag",
            "A flag bit outside READ/WRITE/EXEC (and LENT where it exists) fails with EINVAL.",
            "gunyah-uapi.md §3, §5.4, §7 SET_USER_MEM_REGION",
            In(WithRegions, Fails(EINVAL)),
            (context, vm) => Region(context, vm, 1, Gpa, Page, Host(context, Page), flags: 0x17));

        yield return Refusal(
            "vm-memory.region.lent-flag",
            "The LENT flag (8) is accepted by v6 and v10, which lend such a region; later generations dropped it (EINVAL).",
            "gunyah-uapi.md §3, §5.2 (GH_MEM_LENT removed in v11), §9",
            In(WithRegions, Fails(EINVAL)).And([V6, V10], Success),
            (context, vm) => Region(context, vm, 1, Gpa, Page, Host(context, Page), flags: 0xF));

        yield return Refusal(
            "vm-memory.region.size-zero",
            "memory_size 0 means delete in v6 and v10 (an unknown label still returns 0); later generations refuse it with EINVAL.",
            "gunyah-uapi.md §3, §4.1, §5.4",
            In(WithRegions, Fails(EINVAL)).And([V6, V10], Success),
            (context, vm) => Region(context, vm, 42, Gpa, 0, Host(context, Page)));

        yield return new Clause(
            "vm-memory.region.delete-by-label",
            "In v6 and v10 a region deleted by its label (size 0) frees the label and the range for a new region.",
            "gunyah-uapi.md §3, §4.1",
            In([V6, V10], Success),
            context =>
            {
                var vm = context.CreateVm();
                ClauseContext.RequireSuccess(Region(context, vm, 1, Gpa, Page, Host(context, Page)), "adding region 1");
                var result = ClauseContext.Result(() => vm.DeleteUserMemoryRegion(1));
                RequireLabelAndRangeFree(context, vm);
                return result;
            })
        { Requires = VmCapabilities.UserMemoryRegionDelete };

        yield return Refusal(
            "vm-memory.region.unaligned-size",
            "A memory_size that is not a whole number of pages fails with EINVAL.",
            "gunyah-uapi.md §3, §5.4",
            In(WithRegions, Fails(EINVAL)),
            (context, vm) => Region(context, vm, 1, Gpa, Page + 1, Host(context, 2 * Page)));

        yield return Refusal(
            "vm-memory.region.unaligned-host-address",
            "A userspace_addr that is not page-aligned fails with EINVAL.",
            "gunyah-uapi.md §3, §5.4",
            In(WithRegions, Fails(EINVAL)),
            (context, vm) => Region(context, vm, 1, Gpa, Page, Host(context, 2 * Page) + 8));

        yield return Refusal(
            "vm-memory.region.unaligned-guest-address",
            "A guest_phys_addr that is not page-aligned fails with EINVAL; v6 does not check the GPA's alignment.",
            "gunyah-uapi.md §3 (GPA not checked in v6), §5.4",
            In(WithRegions, Fails(EINVAL)).And(V6, Success),
            (context, vm) => Region(context, vm, 1, Gpa + 8, Page, Host(context, Page)));

        yield return Refusal(
            "vm-memory.region.guest-range-wraps",
            "A region whose guest range wraps past the top of the address space fails with EOVERFLOW.",
            "gunyah-uapi.md §5.4 SET_USER_MEM_REGION",
            In(Checked, Fails(EOVERFLOW)),
            (context, vm) => Region(context, vm, 1, 0UL - Page, 2 * Page, Host(context, 2 * Page)));

        yield return new Clause(
            "vm-memory.region.v6-no-overflow-check",
            "v6 makes no overflow check on a region's guest range: a wrapping range is accepted.",
            "gunyah-uapi.md §3 lists no overflow check; §11 gap, our choice (docs/reference-hypervisor.md)",
            In(V6, Success),
            context => Region(context, context.CreateVm(), 1, 0UL - Page, 2 * Page, Host(context, 2 * Page)))
        { Basis = ClauseBasis.DocumentedChoice };

        yield return new Clause(
            "vm-memory.region.duplicate-label",
            "A second region with a label already in use fails with EEXIST, even at a free address.",
            "gunyah-uapi.md §3, §5.4, §5.5",
            In(WithRegions, Fails(EEXIST)),
            context =>
            {
                var vm = context.CreateVm();
                var host = Host(context, 2 * Page);
                ClauseContext.RequireSuccess(Region(context, vm, 1, Gpa, Page, host), "adding region 1");
                var result = Region(context, vm, 1, Gpa + (8 * Page), Page, host + Page);
                ClauseContext.RequireSuccess(Region(context, vm, 2, Gpa + (8 * Page), Page, host + Page), "adding region 2 at that address afterwards");
                return result;
            });

        yield return new Clause(
            "vm-memory.region.overlapping-guest-range",
            "A region whose guest range overlaps another region's fails with EEXIST; an adjacent range is accepted.",
            "gunyah-uapi.md §3, §5.4, §5.5",
            In(WithRegions, Fails(EEXIST)),
            context =>
            {
                var vm = context.CreateVm();
                var host = Host(context, 4 * Page);
                ClauseContext.RequireSuccess(Region(context, vm, 1, Gpa, 2 * Page, host), "adding region 1");
                var result = Region(context, vm, 2, Gpa + Page, 2 * Page, host + (2 * Page));
                ClauseContext.RequireResult(Region(context, vm, 2, Gpa - Page, 2 * Page, host + (2 * Page)), -EEXIST, "a region overlapping from below");
                ClauseContext.RequireSuccess(Region(context, vm, 2, Gpa + (2 * Page), 2 * Page, host + (2 * Page)), "an adjacent region");
                return result;
            });

        yield return Refusal(
            "vm-memory.region.unmapped-host-memory",
            "A region over host memory that is not mapped fails with EFAULT (the pages cannot be pinned).",
            "gunyah-uapi.md §3, §5.4 (short pin)",
            In(WithRegions, Fails(EFAULT)),
            (context, vm) => Region(context, vm, 1, Gpa, Page, Page));

        yield return Refusal(
            "vm-memory.lend.null-argument",
            "The Android LEND_USER_MEM with an unreadable argument fails with EFAULT.",
            "gunyah-uapi.md §5.1, §7",
            In(Android, Fails(EFAULT)),
            (context, vm) => context.IoctlValue(vm.Handle.Fd, "VM_ANDROID_LEND_USER_MEM", 0),
            lend: true);

        yield return Refusal(
            "vm-memory.lend.unknown-flag",
            "The Android LEND_USER_MEM refuses a flag outside READ/WRITE/EXEC with EINVAL.",
            "gunyah-uapi.md §5.4, §7 (ACK15: flags outside RWX)",
            In(Android, Fails(EINVAL)),
            (context, vm) => Region(context, vm, 1, Gpa, Page, Host(context, Page), flags: 0xF, lend: true),
            lend: true);

        yield return new Clause(
            "vm-memory.lend.shares-labels-with-regions",
            "Lent and shared regions are one table: lending with a label a shared region uses fails with EEXIST.",
            "gunyah-uapi.md §5.1 (same as SET_USER_MEM_REGION, but lent), §5.4",
            In(Android, Fails(EEXIST)),
            context =>
            {
                var vm = context.CreateVm();
                var host = Host(context, 2 * Page);
                ClauseContext.RequireSuccess(Region(context, vm, 1, Gpa, Page, host), "sharing region 1");
                var result = Region(context, vm, 1, Gpa + (4 * Page), Page, host + Page, lend: true);
                ClauseContext.RequireSuccess(Region(context, vm, 2, Gpa + (4 * Page), Page, host + Page, lend: true), "lending region 2 there afterwards");
                return result;
            });
    }

    // A refused call on a fresh VM, then label 1 at Gpa must still be free.
    private static Clause Refusal(string id, string behaviour, string source, ExpectedOutcomes expected, Func<ClauseContext, GunyahVm, int> call, bool lend = false) =>
        new(id, behaviour, source, expected, context =>
        {
            var vm = context.CreateVm();
            var result = call(context, vm);
            if (result < 0)
            {
                RequireLabelAndRangeFree(context, vm, lend);
            }

            return result;
        });
}
