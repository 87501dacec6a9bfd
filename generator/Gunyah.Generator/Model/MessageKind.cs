namespace Gunyah.Generator.Model;

/// <summary>What an annotated message is: a call (request, then reply) or a notification (one payload, no reply).</summary>
public enum MessageKind
{
    Call,
    Notification,
}
