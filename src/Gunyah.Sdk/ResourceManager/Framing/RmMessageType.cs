namespace Gunyah.Sdk.ResourceManager.Framing;

/// <summary>The 2-bit msg_type field of byte 1 of the RPC header.</summary>
public enum RmMessageType : byte
{
    /// <summary>Second and later fragments of a message.</summary>
    Continuation = 0,

    /// <summary>VM → RM call.</summary>
    Request = 1,

    /// <summary>RM → VM answer; its payload starts with the u32 RM error code.</summary>
    Reply = 2,

    /// <summary>Unsolicited RM → VM message.</summary>
    Notification = 3,
}
