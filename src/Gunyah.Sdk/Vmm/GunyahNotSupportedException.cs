using Gunyah.Sdk.Uapi;

namespace Gunyah.Sdk.Vmm;

/// <summary>The VM's ABI generation lacks the feature asked for; nothing was sent to the kernel.</summary>
public sealed class GunyahNotSupportedException : NotSupportedException
{
    /// <summary><paramref name="feature"/> needs <paramref name="capability"/>, which <paramref name="profile"/>'s generation lacks.</summary>
    public GunyahNotSupportedException(AbiProfile profile, VmCapabilities capability, string feature)
        : base($"{feature} needs {capability}, which ABI generation {profile.Name} does not have ({profile.Description}).")
    {
        Profile = profile;
        Capability = capability;
    }

    /// <summary>The generation in use.</summary>
    public AbiProfile Profile { get; }

    /// <summary>The missing capability.</summary>
    public VmCapabilities Capability { get; }
}
