namespace Gunyah.Generator.CFrontEnd.Layout;

/// <summary>
/// The computed layout of a struct or union: its size, alignment and the bit offset of each member
/// (parallel to <c>RecordDecl.Members</c>, relative to the record's start).
/// </summary>
internal sealed class RecordLayout
{
    public RecordLayout(long size, int alignment, IReadOnlyList<long> memberBitOffsets)
    {
        Size = size;
        Alignment = alignment;
        MemberBitOffsets = memberBitOffsets;
    }

    public long Size { get; }

    public int Alignment { get; }

    public IReadOnlyList<long> MemberBitOffsets { get; }
}
