namespace Gunyah.Sdk.ResourceManager.Errors;

/// <summary>
/// The RM's standard error word, the first u32 of every reply payload (RM names; Linux's differ only for
/// <see cref="MessageInvalid"/>, which it calls INVALID).
/// </summary>
public enum RmErrorCode : uint
{
    Ok = 0x0,
    NoMemory = 0x1,
    NoResource = 0x2,
    Denied = 0x3,
    MessageInvalid = 0x4,
    Busy = 0x5,
    ArgumentInvalid = 0x6,
    HandleInvalid = 0x7,
    ValidateFailed = 0x8,
    MapFailed = 0x9,
    MemoryInvalid = 0xA,
    MemoryInUse = 0xB,
    MemoryReleased = 0xC,
    VmidInvalid = 0xD,
    LookupFailed = 0xE,
    IrqInvalid = 0xF,
    IrqInUse = 0x10,
    IrqReleased = 0x11,

    /// <summary>RM only; Linux has no name for it and maps it to EBADMSG.</summary>
    InUse = 0x12,

    /// <summary>RM only; Linux maps it to EBADMSG.</summary>
    IrqNotMapped = 0x13,

    /// <summary>RM only (the VM is in the wrong state for the call); Linux maps it to EBADMSG.</summary>
    VmState = 0x14,

    /// <summary>The RM does not know the message id.</summary>
    Unimplemented = 0xFFFFFFFF,
}
