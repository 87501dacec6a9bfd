namespace Gunyah.Sdk.ResourceManager.Client;

/// <summary>Tuning for <see cref="RmClient"/>. The defaults behave like Linux's driver.</summary>
public sealed class RmClientOptions
{
    /// <summary>
    /// How long a call waits for its reply before failing with <see cref="Errors.RmTimeoutException"/>; null (the
    /// default) waits forever, as Linux does. A timed-out call is abandoned: a reply arriving later is dropped.
    /// </summary>
    public TimeSpan? CallTimeout { get; init; }
}
