namespace Gunyah.Sdk.ResourceManager.Framing;

/// <summary>Whose receive rules an <see cref="RmReassembler"/> applies when fragments go wrong (fact sheet §1.5).</summary>
public enum RmReassemblyRole
{
    /// <summary>
    /// The RM's rules: a new Request/Reply/Notification discards a partial message (reported as
    /// <see cref="RmReceiveResult.SupersededPartial"/>); a continuation without a partial, or whose
    /// msg_id, seq or fragment count differ, is dropped and the partial kept. All three start types
    /// are assembled; which ones are dispatched is the server's choice.
    /// </summary>
    ResourceManager,

    /// <summary>
    /// The Linux driver's rules: a new Reply/Notification aborts a partial message (its waiting caller
    /// should fail with -EIO) and starts; a continuation whose msg_id or fragment count differ aborts the
    /// partial and is dropped; seq is not compared on continuations. Linux never receives requests, so a
    /// Request frame is dropped (<see cref="RmDropReason.UnexpectedType"/>) and the partial kept, as its
    /// receive switch does for unknown types. A start declaring more than 62 continuations aborts the
    /// partial before being dropped (Linux discovers it only while setting up the new message).
    /// </summary>
    /// <remarks>
    /// Linux also ignores a Reply whose seq/msg_id match no pending call, without aborting anything.
    /// Only the client knows its pending calls: <see cref="Client.RmClient"/> reads the header with
    /// <see cref="RmHeader.TryRead"/> and does not pass such a frame to <see cref="RmReassembler.Accept"/>.
    /// </remarks>
    Linux,
}
