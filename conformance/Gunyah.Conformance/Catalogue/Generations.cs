using Gunyah.Sdk.Uapi;

namespace Gunyah.Conformance.Catalogue;

/// <summary>Named sets of ABI generations (profile names) that clauses apply to.</summary>
public static class Generations
{
    public static readonly string V6 = AbiProfiles.V6.Name;
    public static readonly string V10 = AbiProfiles.V10.Name;
    public static readonly string Android14 = AbiProfiles.Android14.Name;
    public static readonly string V17 = AbiProfiles.V17.Name;
    public static readonly string Android15 = AbiProfiles.Android15.Name;

    /// <summary>Every generation, oldest first.</summary>
    public static IReadOnlyList<string> All { get; } = [.. AbiProfiles.All.Select(p => p.Name)];

    /// <summary>Generations with SET_USER_MEM_REGION.</summary>
    public static IReadOnlyList<string> WithRegions { get; } = [V6, V10, Android14, Android15];

    /// <summary>Generations with ADD/REMOVE_FUNCTION and vCPU fds.</summary>
    public static IReadOnlyList<string> WithFunctions { get; } = [V10, Android14, V17, Android15];

    /// <summary>The GH_-era generations that share regions at START and check their arguments (§5.4).</summary>
    public static IReadOnlyList<string> ModernGh { get; } = [V10, Android14];

    /// <summary>The GUNYAH_ generations (v15–v17 upstream and the android15-6.6 hybrid).</summary>
    public static IReadOnlyList<string> Gunyah { get; } = [V17, Android15];

    /// <summary>Generations with the Android 'A' ioctls.</summary>
    public static IReadOnlyList<string> Android { get; } = [Android14, Android15];

    /// <summary>Generations whose START follows the GH_-era RM sequence.</summary>
    public static IReadOnlyList<string> GhEra { get; } = [V6, V10, Android14];
}
