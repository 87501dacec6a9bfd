using Gunyah.Sdk.Uapi;

namespace Gunyah.Sdk.Vmm.Abi;

/// <summary>The generation ABI of each <see cref="AbiProfile"/>.</summary>
internal static class GenerationAbis
{
    private static readonly GenerationAbi[] All = [new V6Abi(), new V10Abi(), new Android14Abi(), new V17Abi(), new Android15Abi()];

    public static GenerationAbi For(AbiProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        foreach (var abi in All)
        {
            if (ReferenceEquals(abi.Profile, profile))
            {
                return abi;
            }
        }

        throw new ArgumentException($"'{profile.Name}' is not one of the ABI generations in AbiProfiles.All.", nameof(profile));
    }
}
