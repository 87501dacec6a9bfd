using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Targets;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.ResourceManager.Transport;
using Gunyah.Sdk.Uapi;

namespace Gunyah.Conformance.Running;

/// <summary>Runs the suite against the reference hypervisor of several generations, one fresh machine each.</summary>
public static class ReferenceRuns
{
    /// <summary>One report per profile of <paramref name="profiles"/>, in that order.</summary>
    public static async Task<IReadOnlyList<RunReport>> RunAsync(
        ConformanceRunner runner,
        IEnumerable<AbiProfile> profiles,
        IEnumerable<Clause>? clauses = null,
        Func<IKernel, IKernel>? decorate = null,
        CancellationToken cancellationToken = default,
        Func<RmQueuePair, RmQueuePair>? decorateRmLink = null)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(profiles);
        var selected = (clauses ?? ClauseCatalogue.All).ToList();
        var reports = new List<RunReport>();
        foreach (var profile in profiles)
        {
            var target = ReferenceTarget.Start(profile, decorate, decorateRmLink);
            await using (target.ConfigureAwait(false))
            {
                reports.Add(await runner.RunAsync(target, selected, cancellationToken).ConfigureAwait(false));
            }
        }

        return reports;
    }
}
