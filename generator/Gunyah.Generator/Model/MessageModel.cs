namespace Gunyah.Generator.Model;

/// <summary>
/// One message of a message protocol: an object-like macro whose expansion invokes the header's call or
/// notification annotation macro (<see cref="HeaderRequest.MessageCallMacro"/>,
/// <see cref="HeaderRequest.MessageNotificationMacro"/>). The annotation names the id and the payload types;
/// the payloads' shapes (fixed fields, counted lists, raw tail) are read from the records by the emitter.
/// </summary>
/// <param name="Name">The macro name, e.g. <c>GH_RM_CALL_VM_ALLOC_VMID</c>.</param>
/// <param name="Kind">Call or notification.</param>
/// <param name="Id">The message id: the annotation's first argument, evaluated.</param>
/// <param name="IdName">The macro named as the id argument (<c>GH_RM_RPC_VM_ALLOC_VMID</c>), when it is a single identifier.</param>
/// <param name="Request">A call's request payload, or a notification's payload; null for <c>void</c>.</param>
/// <param name="Reply">A call's reply payload (without any status word); null for <c>void</c> and for notifications.</param>
/// <param name="IsFromRootHeader">Defined in the root header.</param>
/// <param name="Doc">The header comment attached to the definition.</param>
/// <param name="Location">Where it is defined.</param>
public sealed record MessageModel(
    string Name,
    MessageKind Kind,
    uint Id,
    string? IdName,
    TypeRef? Request,
    TypeRef? Reply,
    bool IsFromRootHeader,
    string? Doc,
    LocationInfo Location);
