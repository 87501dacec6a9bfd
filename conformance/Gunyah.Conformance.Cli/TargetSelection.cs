using System.Diagnostics.CodeAnalysis;
using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Running;
using Gunyah.Conformance.Targets;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Uapi;

namespace Gunyah.Conformance.Cli;

/// <summary>What a run is against: the reference of some generations, or one real device.</summary>
internal sealed class TargetSelection
{
    private readonly IReadOnlyList<AbiProfile> referenceProfiles;
    private readonly DeviceTarget? device;
    private readonly Func<IKernel, IKernel>? decorate;

    private TargetSelection(IReadOnlyList<AbiProfile> referenceProfiles, DeviceTarget? device, string label, Func<IKernel, IKernel>? decorate = null)
    {
        this.referenceProfiles = referenceProfiles;
        this.device = device;
        this.decorate = decorate;
        Label = label;
    }

    /// <summary>How the progress line names the run.</summary>
    public string Label { get; }

    public static bool TryResolve(CommandSettings settings, Func<IKernel, IKernel>? decorate, [NotNullWhen(true)] out TargetSelection? selection, out string problem)
    {
        selection = null;
        var onDevice = settings.Device is not null || settings.Target == "device";
        if (!onDevice)
        {
            if (!TryProfiles(settings.Profile ?? "all", allowAll: true, out var profiles, out problem))
            {
                return false;
            }

            selection = new TargetSelection(profiles, null, "reference", decorate);
            return true;
        }

        AbiProfile? forced = null;
        if (settings.Profile is not null)
        {
            if (!TryProfiles(settings.Profile, allowAll: false, out var one, out problem))
            {
                return false;
            }

            forced = one[0];
        }

        var path = settings.Device ?? Gunyah.Sdk.Vmm.GunyahDevice.DefaultPath;
        if (!DeviceTarget.TryOpen(path, forced, out var target, out var error))
        {
            problem = $"cannot test {path}: {error}. Without Gunyah hardware, run the reference instead (the default target).";
            return false;
        }

        selection = new TargetSelection([], target, "device");
        problem = string.Empty;
        return true;
    }

    public async Task<IReadOnlyList<RunReport>> RunAsync(ConformanceRunner runner, IReadOnlyList<Clause> clauses, CancellationToken cancellation)
    {
        if (device is null)
        {
            return await ReferenceRuns.RunAsync(runner, referenceProfiles, clauses, decorate, cancellation).ConfigureAwait(false);
        }

        await using (device.ConfigureAwait(false))
        {
            return [await runner.RunAsync(device, clauses, cancellation).ConfigureAwait(false)];
        }
    }

    private static bool TryProfiles(string name, bool allowAll, out IReadOnlyList<AbiProfile> profiles, out string problem)
    {
        problem = string.Empty;
        if (allowAll && name == "all")
        {
            profiles = AbiProfiles.All;
            return true;
        }

        if (AbiProfiles.Find(name) is { } profile)
        {
            profiles = [profile];
            return true;
        }

        profiles = [];
        var names = string.Join(", ", AbiProfiles.All.Select(p => p.Name));
        problem = $"unknown --profile '{name}': use one of {names}{(allowAll ? ", all" : string.Empty)}";
        return false;
    }
}
