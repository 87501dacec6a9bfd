using Gunyah.Conformance.Catalogue;
using static Gunyah.Sdk.Errno;

namespace Gunyah.Conformance.Tests;

/// <summary>
/// Traceability: each errno row of gunyah-uapi.md §3–§7, per generation, and the clause that checks it. The clause
/// must exist, apply to that generation and expect that errno there. Rows no check can reach yet are in
/// <see cref="UncoveredRow"/> (and in docs/conformance.md) with the reason.
/// </summary>
public sealed class ErrnoRowCoverageTests
{
    private const string V6 = "v6", V10 = "v10", A14 = "android14-6.1", V17 = "v17", A15 = "android15-6.6";

    public static TheoryData<string, string, int, string> Rows => new()
    {
        { "§3 region flag outside R/W/X/LENT", V6, EINVAL, "vm-memory.region.unknown-flag" },
        { "§3 region size not page-aligned", V6, EINVAL, "vm-memory.region.unaligned-size" },
        { "§3 region userspace_addr not page-aligned", V6, EINVAL, "vm-memory.region.unaligned-host-address" },
        { "§3 duplicate label", V6, EEXIST, "vm-memory.region.duplicate-label" },
        { "§3 GPA overlap", V6, EEXIST, "vm-memory.region.overlapping-guest-range" },
        { "§3 short pin", V6, EFAULT, "vm-memory.region.unmapped-host-memory" },
        { "§3 START failure", V6, EINVAL, "start.v6-reports-every-failure-as-einval" },
        { "§3 DTB outside one region at START", V6, EINVAL, "dtb.start-outside-every-region" },
        { "§5.4 unknown cmd on /dev/gunyah", A14, ENOTTY, "device.unknown-request" },
        { "§5.4 unknown cmd on the VM fd", V10, ENOTTY, "device.vm-fd.unknown-request" },
        { "§5.4 unknown cmd on the vCPU fd", A14, EINVAL, "device.vcpu-fd.unknown-request" },
        { "§5.4 CREATE_VM non-zero arg", A14, EINVAL, "device.create-vm.nonzero-argument" },
        { "§5.4 region copy fails", A14, EFAULT, "vm-memory.region.null-argument" },
        { "§5.4 region flag outside R/W/X", A14, EINVAL, "vm-memory.region.lent-flag" },
        { "§5.4 region size 0", A14, EINVAL, "vm-memory.region.size-zero" },
        { "§5.4 region gpa not aligned", V10, EINVAL, "vm-memory.region.unaligned-guest-address" },
        { "§5.4 region gpa+size wraps", A14, EOVERFLOW, "vm-memory.region.guest-range-wraps" },
        { "§5.4 region duplicate label", V10, EEXIST, "vm-memory.region.duplicate-label" },
        { "§5.4 region overlap", A14, EEXIST, "vm-memory.region.overlapping-guest-range" },
        { "§5.4 region short pin", A14, EFAULT, "vm-memory.region.unmapped-host-memory" },
        { "§5.4 DTB copy fails", V10, EFAULT, "dtb.null-argument" },
        { "§5.4 DTB wraps", V10, EOVERFLOW, "dtb.range-wraps" },
        { "§5.4 DTB wraps after rounding (ACK14)", A14, EOVERFLOW, "dtb.size-rounded-before-overflow-check" },
        { "§5.4 DTB not inside one region at START", A14, EINVAL, "dtb.start-outside-every-region" },
        { "§5.4 START again when not running", V10, ENODEV, "start.again-after-a-failed-start" },
        { "§5.4 ADD_FUNCTION copy fails", A14, EFAULT, "functions.add.null-argument" },
        { "§5.4 ADD_FUNCTION argument copy fails", A14, EFAULT, "functions.add.unreadable-argument" },
        { "§5.4 ADD_FUNCTION arg_size > 256", V10, EINVAL, "functions.add.argument-too-large" },
        { "§5.4 ADD_FUNCTION unknown type", A14, ENOENT, "functions.add.unknown-type" },
        { "§5.4 REMOVE_FUNCTION no match", A14, ENOENT, "functions.remove.no-match" },
        { "§5.4 vCPU bind arg_size != 4", A14, EINVAL, "functions.vcpu.wrong-argument-size" },
        { "§5.4 vCPU bind duplicate id", V10, EEXIST, "functions.vcpu.duplicate-id" },
        { "§5.4 irqfd arg_size != 16", A14, EINVAL, "functions.irqfd.short-argument" },
        { "§5.4 irqfd flag other than LEVEL", A14, EINVAL, "functions.irqfd.unknown-flag" },
        { "§5.4 irqfd fd not open", A14, EBADF, "functions.irqfd.closed-fd" },
        { "§5.4 irqfd fd not an eventfd", V10, EINVAL, "functions.irqfd.not-an-eventfd" },
        { "§5.4 irqfd duplicate label", A14, EEXIST, "functions.irqfd.duplicate-label" },
        { "§5.4 ioeventfd arg_size != 32", A14, EINVAL, "functions.ioeventfd.short-argument" },
        { "§5.4 ioeventfd len not 0/1/2/4/8", A14, EINVAL, "functions.ioeventfd.bad-length" },
        { "§5.4 ioeventfd addr+len wraps", V10, EINVAL, "functions.ioeventfd.range-wraps" },
        { "§5.4 ioeventfd len 0 with DATAMATCH", A14, EINVAL, "functions.ioeventfd.datamatch-any-length" },
        { "§5.4 ioeventfd flag other than DATAMATCH", A14, EINVAL, "functions.ioeventfd.unknown-flag" },
        { "§5.4 ioeventfd eventfd lookup", A14, EBADF, "functions.ioeventfd.closed-fd" },
        { "§5.4 ioeventfd not an eventfd", A14, EINVAL, "functions.ioeventfd.not-an-eventfd" },
        { "§5.4 ioeventfd identical handler", A14, EEXIST, "functions.ioeventfd.duplicate" },
        { "§5.4 RUN before the VM started", A14, ENODEV, "vcpu-run.before-start" },
        { "§5.4 RUN after the function was removed", V10, ENODEV, "vcpu-run.after-remove" },
        { "§5.4 RUN with immediate_exit", A14, EINTR, "vcpu-run.immediate-exit" },
        { "§5.1 LEND_USER_MEM copy fails", A14, EFAULT, "vm-memory.lend.null-argument" },
        { "§5.1 SET_FW_CONFIG copy fails", A14, EFAULT, "dtb.firmware.null-argument" },
        { "§6.4 unknown cmd on /dev/gunyah", V17, ENOTTY, "device.unknown-request" },
        { "§6.4 unknown cmd on the vCPU fd", V17, ENOTTY, "device.vcpu-fd.unknown-request" },
        { "§6.4 CREATE_VM non-zero arg", V17, EINVAL, "device.create-vm.nonzero-argument" },
        { "§6.4 CREATE_GUEST_MEM copy fails", V17, EFAULT, "guest-memfd.create.null-argument" },
        { "§6.4 CREATE_GUEST_MEM size not aligned", V17, EINVAL, "guest-memfd.create.unaligned-size" },
        { "§6.4 CREATE_GUEST_MEM unknown flag", V17, EINVAL, "guest-memfd.create.unknown-flag" },
        { "§6.4 fallocate without KEEP_SIZE", V17, EOPNOTSUPP, "guest-memfd.fallocate.needs-keep-size" },
        { "§6.4 fallocate other mode bits", V17, EOPNOTSUPP, "guest-memfd.fallocate.unknown-mode" },
        { "§6.4 fallocate not page-aligned", V17, EINVAL, "guest-memfd.fallocate.unaligned-offset" },
        { "§6.4 fallocate past the size", V17, EINVAL, "guest-memfd.fallocate.past-the-size" },
        { "§6.4 private mmap of a guest memory file", V17, EINVAL, "guest-memfd.mmap.private" },
        { "§6.4 MAP_MEM copy fails", V17, EFAULT, "vm-memory.map.null-argument" },
        { "§6.4 MAP_MEM not a guest memory file", V17, EINVAL, "vm-memory.map.not-a-guest-memory-file" },
        { "§6.4 MAP_MEM unknown flag", V17, EINVAL, "vm-memory.map.unknown-flag" },
        { "§6.4 MAP_MEM no R/W/X bit", V17, EINVAL, "vm-memory.map.no-access-bit" },
        { "§6.4 MAP_MEM access value not 0/1/2", V17, EINVAL, "vm-memory.map.unknown-access-value" },
        { "§6.4 MAP_MEM guest_addr not aligned", V17, EINVAL, "vm-memory.map.unaligned-guest-address" },
        { "§6.4 MAP_MEM offset not aligned", V17, EINVAL, "vm-memory.map.unaligned-offset" },
        { "§6.4 MAP_MEM size not aligned", V17, EINVAL, "vm-memory.map.unaligned-size" },
        { "§6.4 MAP_MEM huge-page alignment", V17, EINVAL, "vm-memory.map.huge-page-alignment" },
        { "§6.4 MAP_MEM file range bound twice", V17, EEXIST, "vm-memory.map.file-range-bound-twice" },
        { "§6.4 MAP_MEM guest range bound twice", V17, EEXIST, "vm-memory.map.guest-range-bound-twice" },
        { "§6.4 UNMAP finds no binding", V17, ENOENT, "vm-memory.map.unmap-nothing-bound" },
        { "§6.4 UNMAP middle split", V17, EINVAL, "vm-memory.map.unmap-middle" },
        { "§6.4 DTB wraps", V17, EOVERFLOW, "dtb.range-wraps" },
        { "§6.4 DTB under one page at START", V17, EINVAL, "dtb.start-smaller-than-a-page" },
        { "§6.4 DTB gfn not bound at START", V17, ENOENT, "dtb.start-unbound" },
        { "§6.4 DTB running past its binding at START", V17, ENOENT, "dtb.start-runs-past-its-binding" },
        { "§6.4 SET_BOOT_CONTEXT copy fails", V17, EFAULT, "boot-context.null-argument" },
        { "§6.4 SET_BOOT_CONTEXT id outside X0–31", V17, EINVAL, "boot-context.x-index-out-of-range" },
        { "§6.4 SET_BOOT_CONTEXT id outside PC", V17, EINVAL, "boot-context.pc-index-out-of-range" },
        { "§6.4 SET_BOOT_CONTEXT id outside SP0–2", V17, EINVAL, "boot-context.sp-index-out-of-range" },
        { "§6.4 SET_BOOT_CONTEXT unknown set", V17, EINVAL, "boot-context.unknown-set" },
        { "§6.4 SET_BOOT_CONTEXT after START", V17, EINVAL, "boot-context.after-start" },
        { "§6.4 START again when not running", V17, ENODEV, "start.again-after-a-failed-start" },
        { "§6.4 REMOVE_FUNCTION arg_size 0", V17, ENOENT, "functions.remove.empty-argument" },
        { "§6.4 ioeventfd removal compares len", V17, ENOENT, "functions.ioeventfd.removal-compares-length" },
        { "§7 unknown cmd", A15, ENOTTY, "device.unknown-request" },
        { "§7 region flags outside RWX", A15, EINVAL, "vm-memory.region.unknown-flag" },
        { "§7 LEND flags outside RWX", A15, EINVAL, "vm-memory.lend.unknown-flag" },
        { "§7 SET_FW_CONFIG wraps", A15, EOVERFLOW, "dtb.firmware.range-wraps" },
        { "§7 DTB wraps", A15, EOVERFLOW, "dtb.range-wraps" },
        { "§7 no CREATE_GUEST_MEM", A15, ENOTTY, "device.create-guest-mem-ioctl" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_row_has_a_clause_that_expects_its_errno(string row, string generation, int errno, string clauseId)
    {
        var clause = ClauseCatalogue.Find(clauseId);
        Assert.True(clause is not null, $"{row}: no clause {clauseId}");
        Assert.Equal(Expected.Fails(errno), clause.Expected.For(generation));
    }

    [Fact]
    public void Rows_without_a_clause_say_why()
    {
        Assert.NotEmpty(UncoveredRow.All);
        Assert.All(UncoveredRow.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason), r.Row));
    }
}
