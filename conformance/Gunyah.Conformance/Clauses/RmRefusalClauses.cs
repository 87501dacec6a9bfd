using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using Gunyah.Conformance.Targets;
using Gunyah.Sdk.ResourceManager.Protocol;
using static Gunyah.Conformance.Catalogue.Expected;
using static Gunyah.Conformance.Catalogue.ExpectedOutcomes;
using static Gunyah.Conformance.Catalogue.Generations;
using static Gunyah.Conformance.Clauses.RegionCalls;
using static Gunyah.Sdk.Errno;

namespace Gunyah.Conformance.Clauses;

/// <summary>
/// How the kernel reports the RM refusing a call it makes for an ioctl. Reaching it needs an RM that refuses on
/// demand, which only a target with RM fault injection offers (the reference); elsewhere the clauses report SKIP.
/// </summary>
internal static class RmRefusalClauses
{
    public static IEnumerable<Clause> All()
    {
        yield return new Clause(
            "vm-memory.region.rm-refusal-is-einval",
            "In v6 a region is shared with the RM inside SET_USER_MEM_REGION; when the RM refuses the MEM_SHARE with a positive error (here RM_NOMEM) the ioctl fails with EINVAL, and the label and range stay free for a later call.",
            "gunyah-uapi.md §3 (a positive RM error is turned into -EINVAL)",
            In(V6, Fails(EINVAL)),
            context =>
            {
                var vm = context.CreateVm();
                int result;
                using (context.FailRmCalls(GhRmMessages.GH_RM_RPC_MEM_SHARE, GhRmError.Nomem))
                {
                    result = Region(context, vm, 1, Gpa, Page, Host(context, Page));
                }

                RequireLabelAndRangeFree(context, vm);
                return result;
            })
        { Needs = TargetFeatures.RmFaultInjection };
    }
}
