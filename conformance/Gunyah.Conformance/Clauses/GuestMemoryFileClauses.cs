using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Vmm;
using static Gunyah.Conformance.Catalogue.Expected;
using static Gunyah.Conformance.Catalogue.ExpectedOutcomes;
using static Gunyah.Conformance.Catalogue.Generations;
using static Gunyah.Sdk.Errno;

namespace Gunyah.Conformance.Clauses;

/// <summary>CREATE_GUEST_MEM and the guest memory file's mmap and fallocate (gunyah-uapi.md §6.4, v17).</summary>
internal static class GuestMemoryFileClauses
{
    private const string CreateSource = "gunyah-uapi.md §6.4 CREATE_GUEST_MEM";
    private const string FileSource = "gunyah-uapi.md §6.4 CREATE_GUEST_MEM (mmap and fallocate of the fd)";

    private static ulong Page => ClauseContext.Page;

    public static IEnumerable<Clause> All()
    {
        yield return Create("guest-memfd.create.null-argument", "CREATE_GUEST_MEM with an unreadable argument fails with EFAULT.", EFAULT,
            context => context.IoctlValue(context.Device.Handle.Fd, "CREATE_GUEST_MEM", 0));
        yield return Create("guest-memfd.create.unaligned-size", "A size that is not a whole number of pages fails with EINVAL.", EINVAL,
            context => CreateRaw(context, 0, Page + 1));
        yield return Create("guest-memfd.create.unknown-flag", "A flag outside CLOEXEC and ALLOW_HUGEPAGE (0b1000) fails with EINVAL.", EINVAL,
            context => CreateRaw(context, 0b1000, Page));

        yield return new Clause(
            "guest-memfd.create.size-zero",
            "A guest memory file of size 0 is accepted (0 is page-aligned).",
            "§6.4 checks only alignment; §11 gap, our choice (docs/reference-hypervisor.md)",
            In(V17, Success),
            context => Close(context, CreateRaw(context, 0, 0)))
        { Basis = ClauseBasis.DocumentedChoice, Requires = VmCapabilities.GuestMemoryFiles };

        yield return new Clause(
            "guest-memfd.create.reserved-not-checked",
            "CREATE_GUEST_MEM does not look at its reserved words: non-zero ones are accepted.",
            "gunyah-uapi.md §6.4 CREATE_GUEST_MEM (reserved is not checked: an observation from the code)",
            In(V17, Success),
            context =>
            {
                var argument = new byte[64];
                BitConverter.GetBytes(Page).CopyTo(argument, 8);
                argument.AsSpan(16).Fill(0xFF);
                return Close(context, CreateRawBytes(context, argument));
            })
        { Requires = VmCapabilities.GuestMemoryFiles };

        yield return File("guest-memfd.mmap.private", "A private (MAP_PRIVATE) mapping of a guest memory file fails with EINVAL.", Fails(EINVAL),
            (context, file) =>
            {
                var address = context.Kernel.Mmap(0, (nuint)Page, MemoryProtection.ReadWrite, MapFlags.Private, file.Handle.Fd, 0);
                if (address > 0)
                {
                    context.Kernel.Munmap(address, (nuint)Page);
                }

                return address < 0 ? (int)address : 0;
            });

        yield return File("guest-memfd.mmap.shared-is-one-memory", "Two shared mappings of one page of the file see the same bytes, and a fresh page reads as zeroes.", Success,
            (context, file) =>
            {
                using var first = file.Map(Page, Page);
                using var second = file.Map(Page, Page);
                ClauseContext.Require(first.AsSpan().IndexOfAnyExcept((byte)0) < 0, "a fresh page is not zero-filled");
                first.AsSpan()[0] = 0x5A;
                ClauseContext.Require(second.AsSpan()[0] == 0x5A, "the second mapping does not see the first one's write");
                return 0;
            });

        yield return Fallocate("guest-memfd.fallocate.needs-keep-size", "fallocate without KEEP_SIZE fails with EOPNOTSUPP.", Fails(EOPNOTSUPP),
            FallocateMode.PunchHole, 0, 1);
        yield return Fallocate("guest-memfd.fallocate.unknown-mode", "fallocate with a mode bit other than PUNCH_HOLE and ZERO_RANGE added to KEEP_SIZE fails with EOPNOTSUPP.", Fails(EOPNOTSUPP),
            FallocateMode.KeepSize | (FallocateMode)0x8, 0, 1);
        yield return Fallocate("guest-memfd.fallocate.unaligned-offset", "fallocate at an offset that is not page-aligned fails with EINVAL.", Fails(EINVAL),
            FallocateMode.KeepSize, 1, 1);
        yield return Fallocate("guest-memfd.fallocate.past-the-size", "Allocating past the file's size fails with EINVAL.", Fails(EINVAL),
            FallocateMode.KeepSize, 3 * Page, 2);

        yield return File("guest-memfd.fallocate.punch-hole-zeroes", "Allocating with KEEP_SIZE works; a punched hole and a zeroed range read back as zeroes.", Success,
            (context, file) =>
            {
                using var view = file.Map(0, 4 * Page);
                var result = ClauseContext.Result(() => file.Allocate(0, 4 * Page));
                view.AsSpan().Fill(0xA5);
                ClauseContext.RequireSuccess(ClauseContext.Result(() => file.PunchHole(Page, Page)), "PUNCH_HOLE");
                ClauseContext.RequireSuccess(ClauseContext.Result(() => file.ZeroRange(2 * Page, Page)), "ZERO_RANGE");
                var span = view.AsSpan();
                ClauseContext.Require(span[(int)Page..(int)(3 * Page)].IndexOfAnyExcept((byte)0) < 0, "the punched or zeroed pages are not zero");
                ClauseContext.Require(span[0] == 0xA5 && span[(int)(3 * Page)] == 0xA5, "pages outside the ranges changed");
                return result;
            });
    }

    private static int CreateRaw(ClauseContext context, ulong flags, ulong size) =>
        context.Ioctl(context.Device.Handle.Fd, "CREATE_GUEST_MEM", new CreateGuestMemoryArgument(flags, size));

    private static unsafe int CreateRawBytes(ClauseContext context, byte[] argument)
    {
        fixed (byte* pointer = argument)
        {
            return context.IoctlValue(context.Device.Handle.Fd, "CREATE_GUEST_MEM", (nint)pointer);
        }
    }

    private static int Close(ClauseContext context, int fd)
    {
        if (fd >= 0)
        {
            context.Kernel.Close(fd);
        }

        return fd;
    }

    // A refused CREATE_GUEST_MEM; afterwards a valid one still works.
    private static Clause Create(string id, string behaviour, int errno, Func<ClauseContext, int> call) =>
        new(id, behaviour, CreateSource, In(V17, Fails(errno)), context =>
        {
            var result = Close(context, call(context));
            ClauseContext.RequireSuccess(Close(context, CreateRaw(context, 0, Page)), "a valid CREATE_GUEST_MEM afterwards");
            return result;
        })
        { Requires = VmCapabilities.GuestMemoryFiles };

    // A call on a fresh 4-page file.
    private static Clause File(string id, string behaviour, Expected expected, Func<ClauseContext, GuestMemoryFile, int> call) =>
        new(id, behaviour, FileSource, In(V17, expected), context => call(context, context.Track(context.Device.CreateGuestMemory(4 * Page))))
        { Requires = VmCapabilities.GuestMemoryFiles };

    // One fallocate (offset in bytes, length in pages) on a fresh 4-page file; afterwards the whole file still allocates.
    private static Clause Fallocate(string id, string behaviour, Expected expected, FallocateMode mode, ulong offset, int pages) =>
        File(id, behaviour, expected, (context, file) =>
        {
            var result = context.Kernel.Fallocate(file.Handle.Fd, mode, (long)offset, (long)((ulong)pages * Page));
            ClauseContext.RequireSuccess(ClauseContext.Result(() => file.Allocate(0, 4 * Page)), "allocating the whole file afterwards");
            return result;
        });
}
