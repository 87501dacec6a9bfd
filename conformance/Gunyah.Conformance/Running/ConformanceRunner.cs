using System.Diagnostics;
using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using Gunyah.Conformance.Errata;
using Gunyah.Conformance.Targets;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Conformance.Running;

/// <summary>
/// Runs clauses against one target: each clause in its own <see cref="ClauseContext"/> (its own device and VMs,
/// closed afterwards), compared with the outcome its generation expects, with skips for generations and
/// capabilities the target lacks and XFAIL for the errata table's known deviations.
/// </summary>
public sealed class ConformanceRunner
{
    /// <summary>The errata the runner applies (default: <see cref="ErrataTable.Default"/>).</summary>
    public ErrataTable Errata { get; init; } = ErrataTable.Default;

    /// <summary>How long one check may take before it fails as hung.</summary>
    public TimeSpan ClauseTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Called after each clause with the generation, the result, its index and the number selected.</summary>
    public Action<string, ClauseResult, int, int>? Progress { get; init; }

    /// <summary>Runs <paramref name="clauses"/> (default: the whole catalogue) on <paramref name="target"/>.</summary>
    public async Task<RunReport> RunAsync(IConformanceTarget target, IEnumerable<Clause>? clauses = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var selected = (clauses ?? ClauseCatalogue.All).ToList();
        var capabilities = Capabilities(target);
        var results = new List<ClauseResult>(selected.Count);
        foreach (var clause in selected)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await RunOneAsync(target, capabilities, clause, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            Progress?.Invoke(target.Profile.Name, result, results.Count, selected.Count);
        }

        return new RunReport(target.Name, target.Kind, target.Profile.Name, target.KernelVersion, results);
    }

    private async Task<ClauseResult> RunOneAsync(IConformanceTarget target, VmCapabilities capabilities, Clause clause, CancellationToken cancellationToken)
    {
        var generation = target.Profile.Name;
        var expected = clause.Expected.For(generation);
        if (expected is null)
        {
            return new(clause, ClauseStatus.Skip, $"not part of {generation} (applies to {string.Join(", ", clause.Expected.GenerationNames)})", null, null, TimeSpan.Zero);
        }

        var missing = clause.Requires & ~capabilities;
        if (missing != VmCapabilities.None)
        {
            return new(clause, ClauseStatus.Skip, $"{generation} lacks {missing}", expected, null, TimeSpan.Zero);
        }

        var lacking = clause.Needs & ~target.Features;
        if (lacking != TargetFeatures.None)
        {
            return new(clause, ClauseStatus.Skip, $"the {target.Kind.ToString().ToLowerInvariant()} target offers no {lacking} (Linux gives userspace no channel to the RM)", expected, null, TimeSpan.Zero);
        }

        var clock = Stopwatch.StartNew();
        var (observed, problem) = await CheckAsync(target, clause, cancellationToken).ConfigureAwait(false);
        clock.Stop();
        var observedText = observed is { } value ? expected.DescribeObserved(value) : null;
        if (problem is null && !expected.Matches(observed!.Value))
        {
            problem = $"expected {expected}, got {observedText}";
        }

        var erratum = Errata.Find(clause, target);
        var (status, detail) = (problem, erratum) switch
        {
            (null, null) => (ClauseStatus.Pass, string.Empty),
            (null, { } stale) => (ClauseStatus.Fail, $"passes, but the errata table expects it to fail ({stale.Reason}); remove the entry"),
            ({ } failure, null) => (ClauseStatus.Fail, failure),
            ({ } failure, { } known) => (ClauseStatus.XFail, $"{known.Reason} [{failure}]"),
        };
        return new(clause, status, detail, expected, observedText, clock.Elapsed);
    }

    // The check on a worker thread, bounded by the timeout; a hung check's context is left to the target's teardown.
    private async Task<(int? Observed, string? Problem)> CheckAsync(IConformanceTarget target, Clause clause, CancellationToken cancellationToken)
    {
        var work = Task.Run(() =>
        {
            using var context = new ClauseContext(target.Kernel, target.DevicePath, target.Profile, target);
            return clause.Check(context);
        }, cancellationToken);
        try
        {
            return (await work.WaitAsync(ClauseTimeout, cancellationToken).ConfigureAwait(false), null);
        }
        catch (TimeoutException)
        {
            return (null, $"did not finish within {ClauseTimeout.TotalSeconds:0} s");
        }
        catch (ClauseViolation violation)
        {
            return (null, violation.Message);
        }
        catch (GunyahException failure)
        {
            return (null, $"a set-up call failed: {failure.Message}");
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return (null, $"{failure.GetType().Name}: {failure.Message}");
        }
    }

    private static VmCapabilities Capabilities(IConformanceTarget target)
    {
        using var device = GunyahDevice.Open(target.Kernel, target.DevicePath, target.Profile);
        return device.Capabilities;
    }
}
