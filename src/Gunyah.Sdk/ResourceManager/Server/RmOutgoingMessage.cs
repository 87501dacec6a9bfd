using Gunyah.Sdk.ResourceManager.Framing;

namespace Gunyah.Sdk.ResourceManager.Server;

/// <summary>
/// One whole message waiting to be fragmented onto a client's transmit queue. <see cref="Payload"/> is the first
/// <see cref="Length"/> bytes of <see cref="Buffer"/>: a reply's buffer belongs to the client's
/// <see cref="RmReplyWriter"/>, a notification's is rented from the array pool and returned once sent or dropped.
/// </summary>
internal readonly record struct RmOutgoingMessage(RmMessageType Type, ushort Sequence, uint MessageId, byte[] Buffer, int Length)
{
    public ReadOnlyMemory<byte> Payload => Buffer.AsMemory(0, Length);
}
