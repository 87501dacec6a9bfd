using System.Globalization;

namespace Gunyah.Interop.Rpc;

/// <summary>
/// One message of a generated protocol table: its C names, id, kind and payload types as written in C. Tables
/// hold one per annotated message, for tracing and lookup by id.
/// </summary>
public sealed class MessageDescriptor
{
    /// <summary>Describes one message; generated tables call this, each argument is the property of the same name.</summary>
    public MessageDescriptor(string name, string idName, uint id, RpcMessageKind kind, string? requestCType, string? replyCType)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(idName);
        Name = name;
        IdName = idName;
        Id = id;
        Kind = kind;
        RequestCType = requestCType;
        ReplyCType = replyCType;
    }

    /// <summary>The annotated macro, e.g. <c>GH_RM_CALL_VM_ALLOC_VMID</c>.</summary>
    public string Name { get; }

    /// <summary>The id's macro, e.g. <c>GH_RM_RPC_VM_ALLOC_VMID</c> (the message macro when the id is a literal).</summary>
    public string IdName { get; }

    /// <summary>The message id on the wire.</summary>
    public uint Id { get; }

    /// <summary>Whether the message is a call (with a reply) or a notification.</summary>
    public RpcMessageKind Kind { get; }

    /// <summary>A call's request payload type, or a notification's payload type, as written in C; null for <c>void</c>.</summary>
    public string? RequestCType { get; }

    /// <summary>A call's reply payload type as written in C; null for <c>void</c> and for notifications.</summary>
    public string? ReplyCType { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} = 0x{Id:x8} ({Kind})");
}
