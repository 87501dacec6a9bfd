namespace Gunyah.Conformance.Catalogue;

/// <summary>An errno row of the ABI fact sheet that no clause checks yet, and why.</summary>
/// <param name="Row">The row, in our words, with its section.</param>
/// <param name="Reason">Why no check can reach it through the seam today.</param>
public sealed record UncoveredRow(string Row, string Reason)
{
    /// <summary>Every such row.</summary>
    public static IReadOnlyList<UncoveredRow> All { get; } =
    [
        new("§5.4, §7: EPERM when the caller's mm is not the VM creator's", "needs a second process; the suite runs in one"),
        new("§5.4: ENOMEM when locked-memory accounting fails", "needs RLIMIT_MEMLOCK changed for the run; the reference does not account"),
        new("§5.4: EINTR from START's interrupted lock; ERESTARTSYS from RUN's", "needs a signal sent to the calling thread, which a real kernel delivers to a handler the suite would have to install"),
        new("§6.4: EPERM at START when a lent DTB page is still mapped by the host", "the reference does not model host mappings of lent pages (docs/reference-hypervisor.md)"),
        new("§6.4: MAP_MEM lending without rodata=full gives EINVAL", "a kernel configuration, not an argument"),
        new("§6.4: PAGE_FAULT exits (attempt -ENOENT/-EPERM/-ENOMEM) and their resume_action", "the reference's hypervisor never reports a page fault (demand paging is modelled as success), so no guest access can produce one"),
        new("§7: android15-6.6 RECLAIM_REGION, MAP_CMA_MEM, SET_AUTH_TYPE", "their layouts were not retrieved (§11), so no profile defines them"),
    ];
}
