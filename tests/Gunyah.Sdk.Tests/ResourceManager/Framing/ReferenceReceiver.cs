using Gunyah.Sdk.ResourceManager.Framing;

namespace Gunyah.Sdk.Tests.ResourceManager.Framing;

/// <summary>Where a fuzzed frame came from: message serial (−1 for garbage), fragment index, and whether its bytes are untouched.</summary>
internal readonly record struct FrameTag(int Serial, int Index, bool Intact);

/// <summary>What the reference receiver expects for one frame; Contributors lists the frames a Complete payload was built from.</summary>
internal sealed record ReferenceOutcome(
    RmReceiveKind Kind, RmDropReason Reason, RmHeader Header, RmHeader? Superseded, byte[] Payload, IReadOnlyList<FrameTag> Contributors);

/// <summary>
/// A deliberately plain, allocation-happy oracle for the fuzz test: the fact sheet's receive rules
/// (§1.3, §1.5) written out directly over raw bytes, with no code shared with <see cref="RmReassembler"/>.
/// </summary>
internal sealed class ReferenceReceiver(bool linux, int maxPayload)
{
    private static readonly IReadOnlyList<FrameTag> None = [];
    private List<byte>? data;
    private List<FrameTag> contributors = [];
    private RmHeader start;
    private int joined;

    public ReferenceOutcome Feed(byte[] frame, FrameTag tag)
    {
        if (frame.Length < 8)
            return Drop(RmDropReason.TooShort, default);

        int type = frame[1] & 3, count = frame[1] >> 2;
        var header = new RmHeader(
            (RmMessageType)type, count, (ushort)(frame[2] | frame[3] << 8), (uint)(frame[4] | frame[5] << 8 | frame[6] << 16 | frame[7] << 24));
        var chunk = frame[8..];

        if ((frame[0] & 0xF) != 1)
            return Drop(RmDropReason.BadApiVersion, header);
        if (frame[0] >> 4 != 2)
            return Drop(RmDropReason.BadHeaderWords, header);
        if (count > 62 && !linux)
            return Drop(RmDropReason.TooManyFragments, header);
        if (frame.Length > 240)
            return Drop(RmDropReason.TooLong, header);

        if (type == 0)
        {
            if (data is null)
                return Drop(RmDropReason.ContinuationWithoutStart, header);
            bool same = header.MessageId == start.MessageId && count == start.ContinuationFragments
                && (linux || header.Sequence == start.Sequence);
            if (!same)
                return linux ? Abort(RmDropReason.MismatchedContinuation) : Drop(RmDropReason.MismatchedContinuation, header);
            if (data.Count + chunk.Length > maxPayload)
                return Abort(RmDropReason.Oversize);
            data.AddRange(chunk);
            contributors.Add(tag);
            return ++joined == start.ContinuationFragments ? Finish(null) : Outcome(RmReceiveKind.Incomplete, RmDropReason.None, start, null);
        }

        if (linux && type == 1)
            return Drop(RmDropReason.UnexpectedType, header);

        RmHeader? superseded = data is null ? null : start;
        data = null;
        if (count > 62)
            return Drop(RmDropReason.TooManyFragments, header, superseded);
        if (chunk.Length > maxPayload)
            return Drop(RmDropReason.Oversize, header, superseded);

        data = [.. chunk];
        contributors = [tag];
        start = header;
        joined = 0;
        return count == 0 ? Finish(superseded) : Outcome(RmReceiveKind.Incomplete, RmDropReason.None, start, superseded);
    }

    private ReferenceOutcome Finish(RmHeader? superseded)
    {
        var outcome = new ReferenceOutcome(RmReceiveKind.Complete, RmDropReason.None, start, superseded, [.. data!], contributors);
        data = null;
        return outcome;
    }

    private ReferenceOutcome Abort(RmDropReason reason)
    {
        data = null;
        return Outcome(RmReceiveKind.Aborted, reason, start, null);
    }

    private static ReferenceOutcome Drop(RmDropReason reason, RmHeader header, RmHeader? superseded = null) =>
        Outcome(RmReceiveKind.Dropped, reason, header, superseded);

    private static ReferenceOutcome Outcome(RmReceiveKind kind, RmDropReason reason, RmHeader header, RmHeader? superseded) =>
        new(kind, reason, header, superseded, [], None);
}
