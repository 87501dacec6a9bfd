using System.Runtime.InteropServices;
using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using Gunyah.Conformance.Targets;
using Gunyah.Sdk.ResourceManager.Protocol;
using static Gunyah.Conformance.Catalogue.Expected;
using static Gunyah.Conformance.Catalogue.ExpectedOutcomes;

namespace Gunyah.Conformance.Clauses;

/// <summary>
/// What the RM does with well-formed calls from the host VM (gunyah-rm.md §2, §5): VMIDs, the VM state machine's
/// refusals, queries, and a request long enough to need continuation fragments. Made with the SDK's typed RM client
/// over an RM link; a real /dev/gunyah offers none, so there they report SKIP.
/// </summary>
internal static class RmVmLifecycleClauses
{
    private const string StateSource = "gunyah-rm.md §2.2, §5.2";

    public static IEnumerable<Clause> All()
    {
        yield return Rm(
            "rm-protocol.vm-alloc-starts-in-load",
            "VM_ALLOC_VMID with vmid 0 gives a dynamic VMID (0x80..0xBE) whose VM is in state LOAD (5) with the caller as its owner.",
            "gunyah-rm.md §2.2 VM_ALLOCATE, §5.1, §5.2",
            Returns((int)GhRmVmStatus.Load),
            session =>
            {
                var vmid = session.AllocateVm();
                ClauseContext.Require(vmid is >= 0x80 and <= 0xBE, $"VM_ALLOC_VMID gave VMID 0x{vmid:X}, outside the dynamic range");
                return (int)session.StatusOf(vmid);
            });

        yield return Rm(
            "rm-protocol.vm-start-needs-ready",
            "VM_START of a VM still in LOAD is refused with RM_VM_STATE and the VM stays in LOAD.",
            StateSource,
            RmReply(GhRmError.VmState),
            session => Unchanged(session, vmid => session.Rm.VmStartAsync(new GhRmVmCommonVmidReq { Vmid = vmid })));

        yield return Rm(
            "rm-protocol.vm-stop-needs-running",
            "VM_STOP (forced) of a VM that never ran is refused with RM_VM_STATE and the VM stays in LOAD.",
            StateSource,
            RmReply(GhRmError.VmState),
            session => Unchanged(session, vmid => session.Rm.VmStopAsync(new GhRmVmStopReq { Vmid = vmid, Flags = 1, StopReason = 3 })));

        yield return Rm(
            "rm-protocol.vm-reset-needs-exited-ready-or-failed",
            "VM_RESET of a VM in LOAD is refused with RM_VM_STATE (RESETTING is reached only from EXITED, READY or INIT_FAILED) and the VM stays in LOAD.",
            StateSource,
            RmReply(GhRmError.VmState),
            session => Unchanged(session, vmid => session.Rm.VmResetAsync(new GhRmVmCommonVmidReq { Vmid = vmid })));

        yield return Rm(
            "rm-protocol.vm-dealloc-frees-the-vmid",
            "VM_DEALLOC_VMID of a VM in LOAD succeeds, and the VMID then names no VM: a second VM_DEALLOC_VMID of it is refused.",
            "gunyah-rm.md §2.2 VM_DEALLOCATE, §5.2",
            RmReply(GhRmError.Ok),
            session =>
            {
                var vmid = session.AllocateVm();
                var first = RmSession.Status(() => session.Rm.VmDeallocVmidAsync(new GhRmVmCommonVmidReq { Vmid = vmid }));
                var again = RmSession.Status(() => session.Rm.VmDeallocVmidAsync(new GhRmVmCommonVmidReq { Vmid = vmid }));
                ClauseContext.Require(first != GhRmError.Ok || again != GhRmError.Ok, "the freed VMID was deallocated a second time");
                return Word(first);
            });

        yield return Rm(
            "rm-protocol.vm-get-vmid-is-the-caller",
            "VM_GET_VMID answers the caller's own VMID (the host VM: 3).",
            "gunyah-rm.md §2.2 VM_GET_VMID, §6.7",
            Returns(3),
            session => (int)RmSession.Must(() => session.Rm.VmGetVmidAsync(), "VM_GET_VMID").Vmid);

        yield return Rm(
            "rm-protocol.host-get-type",
            "VM_HOST_GET_TYPE answers 0x01000164: AArch64, Gunyah with an RM, version 1.",
            "gunyah-rm.md §2.2 VM_HOST_GET_TYPE",
            Returns(0x0100_0164),
            session => (int)RmSession.Must(() => session.Rm.VmHostGetTypeAsync(), "VM_HOST_GET_TYPE").HostType);

        yield return Rm(
            "rm-protocol.fragmented-request-reassembled",
            "A MEM_SHARE (ACL: the host and a new VM) of 16 separate pages (a request of over 232 bytes, so a REQUEST fragment and a CONTINUATION) is reassembled and accepted; the parcel it made is then reclaimed.",
            "gunyah-rm.md §1.5, §2.5 MEM_SHARE/MEM_RECLAIM",
            RmReply(GhRmError.Ok),
            SharesSixteenPages);
    }

    private static Clause Rm(string id, string behaviour, string source, Expected expected, Func<RmSession, int> check) =>
        new(id, behaviour, source, In(Generations.All, expected), context =>
        {
            using var session = new RmSession(context.OpenRmLink());
            return check(session);
        })
        { Needs = TargetFeatures.RmLink };

    // A refused call on a fresh VM must leave it in LOAD.
    private static int Unchanged(RmSession session, Func<ushort, ValueTask> call)
    {
        var vmid = session.AllocateVm();
        var error = RmSession.Status(() => call(vmid));
        var after = session.StatusOf(vmid);
        ClauseContext.Require(after == GhRmVmStatus.Load, $"the VM went from LOAD to {after}");
        return Word(error);
    }

    private static unsafe int SharesSixteenPages(RmSession session)
    {
        const int pages = 32;
        var page = (nuint)Environment.SystemPageSize;
        var memory = (byte*)NativeMemory.AlignedAlloc(pages * page, page);
        try
        {
            var vmid = session.AllocateVm();
            var sgl = new GhRmMemEntry[pages / 2];
            for (var i = 0; i < sgl.Length; i++)
            {
                // Every other page, so no two entries could be merged into one.
                sgl[i] = new GhRmMemEntry { Ipa = (ulong)(memory + ((nuint)(2 * i) * page)), Size = page };
            }

            var (error, handle) = Share(session, vmid, sgl);
            if (error == GhRmError.Ok)
            {
                var reclaimed = RmSession.Status(() => session.Rm.MemReclaimAsync(new GhRmMemReleaseReq { MemHandle = handle }));
                ClauseContext.Require(reclaimed == GhRmError.Ok, $"reclaiming the shared parcel gave RM_{Gunyah.Sdk.ResourceManager.Errors.RmErrors.NameOf(reclaimed)}");
            }

            return Word(error);
        }
        finally
        {
            NativeMemory.AlignedFree(memory);
        }
    }

    private static (GhRmError Error, uint Handle) Share(RmSession session, ushort vmid, GhRmMemEntry[] sgl)
    {
        uint handle = 0;
        var error = RmSession.Status(async () => handle = (await session.Rm.MemShareAsync(
            new GhRmMemShareReq { MemType = (byte)GhRmMemType.Normal },
            new[] { new GhRmMemAclEntry { Vmid = session.ClientVmid, Rights = (byte)GhRmMemAclRights.Rw }, new GhRmMemAclEntry { Vmid = vmid, Rights = (byte)GhRmMemAclRights.Rw } },
            sgl,
            Array.Empty<GhRmMemAttrEntry>()).ConfigureAwait(false)).MemHandle);
        return (error, handle);
    }

    private static int Word(GhRmError error) => unchecked((int)(uint)error);
}
