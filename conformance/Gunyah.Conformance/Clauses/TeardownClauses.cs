using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using static Gunyah.Conformance.Catalogue.Expected;
using static Gunyah.Conformance.Catalogue.ExpectedOutcomes;

namespace Gunyah.Conformance.Clauses;

/// <summary>Closing VM fds: the kernel stops, reclaims and frees what the VM had (gunyah-uapi.md §5.4 close VM fd).</summary>
internal static class TeardownClauses
{
    private const string Source = "gunyah-uapi.md §5.4 close VM fd; §6.4";

    public static IEnumerable<Clause> All()
    {
        yield return new Clause(
            "teardown.started-vm-frees-its-resources",
            "Closing a started VM stops it and gives back its memory and ids: the same set-up then starts in a new VM, three times over.",
            Source,
            In(Generations.All, Success),
            context => ThenStart(context, 3, inner => StartableVm.Started(inner, vcpu: true)));

        yield return new Clause(
            "teardown.never-started-vm",
            "A VM closed before START leaves nothing behind: VMs created and closed in a row do not stop a later VM from starting.",
            Source,
            In(Generations.All, Success),
            context => ThenStart(context, 5, inner => StartableVm.Create(inner, vcpu: true)));
    }

    // `rounds` times: set up a VM in a context of its own and close it all; then a new VM must still start.
    private static int ThenStart(ClauseContext context, int rounds, Action<ClauseContext> round)
    {
        for (var i = 0; i < rounds; i++)
        {
            using var inner = new ClauseContext(context.Kernel, context.DevicePath, context.Profile, context.Target);
            round(inner);
        }

        return ClauseContext.Result(StartableVm.Create(context, vcpu: true).Vm.Start);
    }
}
