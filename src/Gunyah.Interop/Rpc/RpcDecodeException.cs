using System.Globalization;

namespace Gunyah.Interop.Rpc;

/// <summary>
/// A payload that does not decode as its message's type: too short, a count larger than the bytes present,
/// non-zero padding, or bytes left over. Thrown by generated clients for replies; reported for notifications.
/// </summary>
public sealed class RpcDecodeException : Exception
{
    /// <summary>A decode failure with no details.</summary>
    public RpcDecodeException()
        : this("An RPC payload could not be decoded.")
    {
    }

    /// <summary>A decode failure described by <paramref name="message"/>.</summary>
    public RpcDecodeException(string message)
        : base(message)
    {
        MessageName = string.Empty;
        PayloadType = string.Empty;
    }

    /// <summary>A decode failure described by <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    public RpcDecodeException(string message, Exception innerException)
        : base(message, innerException)
    {
        MessageName = string.Empty;
        PayloadType = string.Empty;
    }

    /// <param name="messageName">The message macro, e.g. <c>GH_RM_CALL_VM_ALLOC_VMID</c>.</param>
    /// <param name="messageId">The message id.</param>
    /// <param name="payloadType">The expected payload type as written in C (<c>void</c> for none).</param>
    /// <param name="payloadLength">How many bytes arrived.</param>
    public RpcDecodeException(string messageName, uint messageId, string payloadType, int payloadLength)
        : base(string.Create(CultureInfo.InvariantCulture, $"The payload of {messageName} (0x{messageId:x8}): {payloadLength} bytes are not a valid {payloadType}."))
    {
        MessageName = messageName;
        MessageId = messageId;
        PayloadType = payloadType;
        PayloadLength = payloadLength;
    }

    /// <summary>The message macro; empty when not known.</summary>
    public string MessageName { get; }

    /// <summary>The id of the message whose payload did not decode; 0 when not known.</summary>
    public uint MessageId { get; }

    /// <summary>The expected payload type as written in C; empty when not known.</summary>
    public string PayloadType { get; }

    /// <summary>The length in bytes of the payload that did not decode.</summary>
    public int PayloadLength { get; }
}
