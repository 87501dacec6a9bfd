namespace Gunyah.Sdk.ResourceManager.Framing;

/// <summary>What one received fragment did.</summary>
public enum RmReceiveKind : byte
{
    /// <summary>Accepted; the message needs more continuation fragments.</summary>
    Incomplete,

    /// <summary>Accepted and the message is whole: <see cref="RmReceiveResult.Payload"/> holds it.</summary>
    Complete,

    /// <summary>This fragment was ignored (see <see cref="RmReceiveResult.Reason"/>); any partial message is kept.</summary>
    Dropped,

    /// <summary>The partial message (<see cref="RmReceiveResult.Header"/>) was given up; the fragment was not used.</summary>
    Aborted,
}
