using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Kernel;

/// <summary>A fact that needs the real Gunyah driver: skipped, with the reason, where /dev/gunyah does not exist.</summary>
public sealed class RequiresGunyahDeviceFactAttribute : FactAttribute
{
    public const string SkipReason = "no /dev/gunyah on this machine";

    public RequiresGunyahDeviceFactAttribute()
    {
        if (!File.Exists(GunyahDevice.DefaultPath))
        {
            Skip = SkipReason;
        }
    }
}
