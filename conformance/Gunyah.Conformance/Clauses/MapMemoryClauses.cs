using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Vmm;
using static Gunyah.Conformance.Catalogue.Expected;
using static Gunyah.Conformance.Catalogue.ExpectedOutcomes;
using static Gunyah.Conformance.Catalogue.Generations;
using static Gunyah.Sdk.Errno;

namespace Gunyah.Conformance.Clauses;

/// <summary>MAP_MEM: binding guest memory file ranges at guest addresses, and UNMAP (gunyah-uapi.md §6.4, §7).</summary>
internal static class MapMemoryClauses
{
    private const ulong Gpa = 0x8000_0000;

    private static ulong Page => ClauseContext.Page;

    public static IEnumerable<Clause> All()
    {
        yield return new Clause(
            "vm-memory.map.null-argument",
            "MAP_MEM with an unreadable argument fails with EFAULT.",
            "gunyah-uapi.md §6.4 MAP_MEM; §7",
            In(Generations.Gunyah, Fails(EFAULT)),
            context =>
            {
                var vm = context.CreateVm();
                var result = context.IoctlValue(vm.Handle.Fd, "VM_MAP_MEM", 0);
                RequireFreeWhereFilesExist(context, vm);
                return result;
            });

        yield return new Clause(
            "vm-memory.map.not-a-guest-memory-file",
            "MAP_MEM of an fd that is not a guest memory file (a memfd) fails with EINVAL.",
            "gunyah-uapi.md §6.4 MAP_MEM",
            In(Generations.Gunyah, Fails(EINVAL)),
            context =>
            {
                var memfd = context.Track(new Gunyah.Sdk.Kernel.Handles.MemFdHandle(context.Kernel, ClauseContext.RequireSuccess(context.Kernel.MemfdCreate("not-guest-memory", MemfdFlags.CloseOnExec), "memfd_create")));
                var flags = MapFlagValues.For(context.Generation);
                var vm = context.CreateVm();
                var result = Map(context, vm, Gpa, flags.ReadWriteExecute | flags.Share, (uint)memfd.Fd, 0, Page);
                RequireFreeWhereFilesExist(context, vm);
                return result;
            });

        yield return new Clause(
            "vm-memory.map.android15-has-no-guest-memory-files",
            "android15-6.6 keeps the MAP_MEM ioctl but has no guest memory files, so MAP_MEM refuses every fd (here the VM's own) with EINVAL.",
            "gunyah-uapi.md §7 (TVMM's ACK feature does not bind MAP_MEM); §11 gap, our choice",
            In(Android15, Fails(EINVAL)),
            context =>
            {
                var vm = context.CreateVm();
                var flags = MapFlagValues.Android15;
                return Map(context, vm, Gpa, flags.ReadWriteExecute | flags.Share, (uint)vm.Handle.Fd, 0, Page);
            })
        { Basis = ClauseBasis.DocumentedChoice };

        yield return Refused("vm-memory.map.unknown-flag", "A flag outside the access field, R/W/X and UNMAP fails with EINVAL.",
            f => (f.ReadWriteExecute | 0x8, 0, 0, 1));
        yield return Refused("vm-memory.map.no-access-bit", "A binding without any of READ, WRITE and EXEC fails with EINVAL.",
            f => (f.Share, 0, 0, 1));
        yield return Refused("vm-memory.map.unknown-access-value", "An access value other than default, lend and share (3) fails with EINVAL.",
            f => (f.ReadWriteExecute | 3, 0, 0, 1));
        yield return Refused("vm-memory.map.unaligned-guest-address", "A guest address that is not page-aligned fails with EINVAL.",
            f => (f.ReadWriteExecute, 1, 0, 1));
        yield return Refused("vm-memory.map.unaligned-offset", "A file offset that is not page-aligned fails with EINVAL.",
            f => (f.ReadWriteExecute, 0, 1, 1));
        yield return Refused("vm-memory.map.unaligned-size", "A size that is not a whole number of pages fails with EINVAL.",
            f => (f.ReadWriteExecute, 0, 0, -1));

        yield return new Clause(
            "vm-memory.map.size-zero-or-past-the-file",
            "A binding of size 0, or one that runs past the end of the file, fails with EINVAL.",
            "§11 gap (the kernel's range check was not read), our choice (docs/reference-hypervisor.md)",
            In(V17, Fails(EINVAL)),
            context =>
            {
                var (vm, file, f) = Bed(context, 4);
                var result = Map(context, vm, Gpa, f.ReadWriteExecute, file, 0, 0);
                ClauseContext.RequireResult(Map(context, vm, Gpa, f.ReadWriteExecute, file, 2 * Page, 4 * Page), -EINVAL, "a binding past the file's end");
                RequireFree(context, vm, file, f);
                return result;
            })
        { Basis = ClauseBasis.DocumentedChoice, Requires = VmCapabilities.GuestMemoryFiles };

        yield return Bound(
            "vm-memory.map.file-range-bound-twice",
            "Binding a file range that overlaps another binding of the same file fails with EEXIST, even at a free guest address.",
            Fails(EEXIST),
            (context, vm, file, f) => Map(context, vm, Gpa + (16 * Page), f.ReadWriteExecute | f.Share, file, 2 * Page, 2 * Page));

        yield return Bound(
            "vm-memory.map.guest-range-bound-twice",
            "Binding at a guest range already bound fails with EEXIST, even from a free part of the file.",
            Fails(EEXIST),
            (context, vm, file, f) => Map(context, vm, Gpa + (2 * Page), f.ReadWriteExecute | f.Share, file, 4 * Page, 4 * Page));

        yield return Bound(
            "vm-memory.map.second-binding",
            "A second binding of another part of the file at a free guest range, lent and with other rights, is accepted.",
            Success,
            (context, vm, file, f) => Map(context, vm, Gpa + (4 * Page), f.Read | f.Write | f.Lend, file, 4 * Page, 4 * Page));

        yield return Bound(
            "vm-memory.map.unmap-nothing-bound",
            "UNMAP of a range no binding holds fails with ENOENT.",
            Fails(ENOENT),
            (context, vm, file, f) => Map(context, vm, Gpa + (32 * Page), f.ReadWriteExecute | f.Share | f.Unmap, file, 0, Page));

        yield return Bound(
            "vm-memory.map.unmap-other-flags",
            "UNMAP must name the binding's own flags: other rights find nothing (ENOENT).",
            Fails(ENOENT),
            (context, vm, file, f) => Map(context, vm, Gpa, f.Read | f.Write | f.Share | f.Unmap, file, 0, Page));

        yield return Bound(
            "vm-memory.map.unmap-other-offset",
            "UNMAP must name the file offset that matches the guest address: another offset finds nothing (ENOENT).",
            Fails(ENOENT),
            (context, vm, file, f) => Map(context, vm, Gpa, f.ReadWriteExecute | f.Share | f.Unmap, file, Page, Page));

        yield return Bound(
            "vm-memory.map.unmap-middle",
            "UNMAP of the middle of a binding (which would split it) fails with EINVAL.",
            Fails(EINVAL),
            (context, vm, file, f) => Map(context, vm, Gpa + Page, f.ReadWriteExecute | f.Share | f.Unmap, file, Page, Page));

        yield return new Clause(
            "vm-memory.map.unmap-trims-either-end",
            "UNMAP trims a binding at its start or its end; what is left can be unmapped too, after which the whole range binds again.",
            "gunyah-uapi.md §6.4 MAP_MEM (UNMAP)",
            In(V17, Success),
            context =>
            {
                var (vm, file, f) = Bed(context, 8);
                var flags = f.ReadWriteExecute | f.Share;
                ClauseContext.RequireSuccess(Map(context, vm, Gpa, flags, file, 0, 4 * Page), "binding 4 pages");
                var result = Map(context, vm, Gpa, flags | f.Unmap, file, 0, Page);
                ClauseContext.RequireSuccess(Map(context, vm, Gpa + (3 * Page), flags | f.Unmap, file, 3 * Page, Page), "trimming the end");
                ClauseContext.RequireSuccess(Map(context, vm, Gpa + Page, flags | f.Unmap, file, Page, 2 * Page), "unmapping what is left");
                ClauseContext.RequireResult(Map(context, vm, Gpa + Page, flags | f.Unmap, file, Page, Page), -ENOENT, "unmapping it again");
                ClauseContext.RequireSuccess(Map(context, vm, Gpa, flags, file, 0, 4 * Page), "binding the whole range again");
                return result;
            })
        { Requires = VmCapabilities.GuestMemoryFiles };

        yield return new Clause(
            "vm-memory.map.after-start",
            "MAP_MEM does not check the VM's state: a binding added after START is accepted.",
            "gunyah-uapi.md §6.4 MAP_MEM (the VM state is not checked)",
            In(V17, Success),
            context =>
            {
                var vm = StartableVm.Started(context).Vm;
                var file = context.Track(context.Device.CreateGuestMemory(Page));
                var f = MapFlagValues.V17;
                return Map(context, vm, StartableVm.RamBase + StartableVm.RamSize, f.ReadWriteExecute | f.Share, (uint)file.Handle.Fd, 0, Page);
            })
        { Requires = VmCapabilities.GuestMemoryFiles };

        yield return new Clause(
            "vm-memory.map.huge-page-alignment",
            "A file created with ALLOW_HUGEPAGE binds only in huge-page (PMD) units: one page fails with EINVAL, 2 MiB works.",
            "gunyah-uapi.md §6.4 MAP_MEM",
            In(V17, Fails(EINVAL)),
            context =>
            {
                const ulong huge = 0x20_0000;
                var vm = context.CreateVm();
                var memory = context.Track(context.Device.CreateGuestMemory(2 * huge, GuestMemoryFileOptions.CloseOnExec | GuestMemoryFileOptions.AllowHugePages));
                var f = MapFlagValues.V17;
                var result = Map(context, vm, Gpa, f.ReadWriteExecute, (uint)memory.Handle.Fd, 0, Page);
                ClauseContext.RequireSuccess(Map(context, vm, Gpa, f.ReadWriteExecute, (uint)memory.Handle.Fd, 0, huge), "a 2 MiB binding");
                return result;
            })
        { Requires = VmCapabilities.GuestMemoryFiles };
    }

    /// <summary>MAP_MEM with raw values.</summary>
    internal static int Map(ClauseContext context, GunyahVm vm, ulong guest, uint flags, uint fd, ulong offset, ulong size) =>
        context.Ioctl(vm.Handle, "VM_MAP_MEM", new MapMemoryArgument(guest, flags, fd, offset, size));

    // A VM and a guest memory file of `pages` pages.
    private static (GunyahVm Vm, uint File, MapFlagValues Flags) Bed(ClauseContext context, int pages)
    {
        var vm = context.CreateVm();
        var file = context.Track(context.Device.CreateGuestMemory((ulong)pages * Page));
        return (vm, (uint)file.Handle.Fd, MapFlagValues.For(context.Generation));
    }

    // The first 4 pages of the file and the guest range at Gpa must still be free.
    private static void RequireFree(ClauseContext context, GunyahVm vm, uint file, MapFlagValues f) =>
        ClauseContext.RequireSuccess(Map(context, vm, Gpa, f.ReadWriteExecute | f.Share, file, 0, 4 * Page), "binding the same range afterwards");

    // Where the generation has guest memory files, Gpa still binds after a refusal.
    private static void RequireFreeWhereFilesExist(ClauseContext context, GunyahVm vm)
    {
        if (context.Capabilities.HasFlag(VmCapabilities.GuestMemoryFiles))
        {
            var file = context.Track(context.Device.CreateGuestMemory(4 * Page));
            RequireFree(context, vm, (uint)file.Handle.Fd, MapFlagValues.For(context.Generation));
        }
    }

    // A malformed binding on a fresh 8-page file (size in pages; -1 is one page plus one byte), then the range still binds.
    private static Clause Refused(string id, string behaviour, Func<MapFlagValues, (uint Flags, ulong GuestOffset, ulong FileOffset, int Pages)> argument) =>
        new(id, behaviour, "gunyah-uapi.md §6.4 MAP_MEM", In(V17, Fails(EINVAL)), context =>
        {
            var (vm, file, f) = Bed(context, 8);
            var (flags, guestOffset, fileOffset, pages) = argument(f);
            var size = pages < 0 ? Page + 1 : (ulong)pages * Page;
            var result = Map(context, vm, Gpa + guestOffset, flags, file, fileOffset, size);
            RequireFree(context, vm, file, f);
            return result;
        })
        { Requires = VmCapabilities.GuestMemoryFiles };

    // The first 4 pages of an 8-page file bound (shared, RWX) at Gpa, then the call; afterwards the first binding is intact.
    private static Clause Bound(string id, string behaviour, Expected expected, Func<ClauseContext, GunyahVm, uint, MapFlagValues, int> call) =>
        new(id, behaviour, "gunyah-uapi.md §6.4 MAP_MEM", In(V17, expected), context =>
        {
            var (vm, file, f) = Bed(context, 8);
            ClauseContext.RequireSuccess(Map(context, vm, Gpa, f.ReadWriteExecute | f.Share, file, 0, 4 * Page), "binding 4 pages");
            var result = call(context, vm, file, f);
            if (result < 0)
            {
                ClauseContext.RequireResult(Map(context, vm, Gpa, f.ReadWriteExecute | f.Share, file, 0, 4 * Page), -EEXIST, "binding the first range again (it must still be bound)");
            }

            return result;
        })
        { Requires = VmCapabilities.GuestMemoryFiles };
}
