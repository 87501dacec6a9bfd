namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>The hypervisor's error codes (the X0 result of a hypercall), fact sheet §6.8.</summary>
public enum HypError : long
{
    /// <summary>Success.</summary>
    Ok = 0,
    /// <summary>The hypercall is not implemented.</summary>
    Unimplemented = -1,
    /// <summary>Try again.</summary>
    Retry = -2,
    /// <summary>An argument is invalid.</summary>
    ArgumentInvalid = 1,
    /// <summary>A size argument is invalid.</summary>
    ArgumentSize = 2,
    /// <summary>An argument is misaligned.</summary>
    ArgumentAlignment = 3,
    /// <summary>Out of memory.</summary>
    NoMemory = 10,
    /// <summary>Out of another resource.</summary>
    NoResources = 11,
    /// <summary>An address range wraps or is too large.</summary>
    AddressOverflow = 20,
    /// <summary>An address range is too small.</summary>
    AddressUnderflow = 21,
    /// <summary>An address is invalid.</summary>
    AddressInvalid = 22,
    /// <summary>The caller may not do this.</summary>
    Denied = 30,
    /// <summary>The object is busy.</summary>
    Busy = 31,
    /// <summary>The object is idle.</summary>
    Idle = 32,
    /// <summary>The object is in the wrong state.</summary>
    ObjectState = 33,
    /// <summary>The object is wrongly configured.</summary>
    ObjectConfig = 34,
    /// <summary>The object is already configured.</summary>
    ObjectConfigured = 35,
    /// <summary>An unspecified failure.</summary>
    Failure = 36,
    /// <summary>The virtual IRQ is already bound.</summary>
    VirqBound = 40,
    /// <summary>The virtual IRQ is not bound.</summary>
    VirqNotBound = 41,
    /// <summary>The capability slot is empty.</summary>
    CspaceCapNull = 50,
    /// <summary>The capability was revoked.</summary>
    CspaceCapRevoked = 51,
    /// <summary>The capability names an object of another type.</summary>
    CspaceWrongObjectType = 52,
    /// <summary>The capability lacks a right the call needs.</summary>
    CspaceInsufficientRights = 53,
    /// <summary>The capability space is full.</summary>
    CspaceFull = 54,
    /// <summary>The message queue is empty.</summary>
    MessageQueueEmpty = 60,
    /// <summary>The message queue is full.</summary>
    MessageQueueFull = 61,
    /// <summary>The caller does not own the memory.</summary>
    MemdbNotOwner = 111,
    /// <summary>The memory extent has no room for another mapping.</summary>
    MemextentMappingsFull = 120,
    /// <summary>The memory extent is of the wrong type.</summary>
    MemextentType = 121,
    /// <summary>The range is already mapped.</summary>
    ExistingMapping = 200,
}
