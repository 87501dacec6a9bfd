using Gunyah.Sdk.Uapi;

namespace Gunyah.Sdk.Tests.Vmm.Fakes;

/// <summary>Theory data: the ABI generations by profile name (names serialize; profiles do not).</summary>
public static class Generations
{
    /// <summary>The generations with functions and vCPUs.</summary>
    public static readonly string[] VcpuProfileNames = ["v10", "android14-6.1", "v17", "android15-6.6"];

    public static readonly string[] ProfileNames = ["v6", .. VcpuProfileNames];

    public static TheoryData<string> All => new(ProfileNames);

    public static TheoryData<string> WithVcpus => new(VcpuProfileNames);

    /// <summary>The profile named <paramref name="name"/>.</summary>
    public static AbiProfile Profile(string name) =>
        AbiProfiles.Find(name) ?? throw new ArgumentException($"no profile '{name}'", nameof(name));

    /// <summary>Every vCPU generation with every one of <paramref name="values"/>.</summary>
    public static TheoryData<string, T> WithVcpusAnd<T>(params T[] values)
    {
        var data = new TheoryData<string, T>();
        foreach (var profile in VcpuProfileNames)
        {
            foreach (var value in values)
            {
                data.Add(profile, value);
            }
        }

        return data;
    }
}
