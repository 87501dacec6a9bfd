using System.Buffers.Binary;

namespace Gunyah.Sdk.Tests.Vmm.Fakes;

/// <summary>
/// Writes vCPU exits into a run page the way the kernel does, at the ABI facts' offsets (§5.3, §6.3): exit_reason
/// @8; mmio phys_addr @16, data @24, len @32, is_write @36, resume_action @37; status @16, exit_info type @20,
/// reason_size @24, reason @28; page_fault phys_addr @16, attempt @24, resume_action @28.
/// </summary>
internal static class RunPageScript
{
    public const int ImmediateExit = 0;
    public const int ExitReason = 8;
    public const int MmioData = 24;
    public const int MmioResumeAction = 37;
    public const int PageFaultResumeAction = 28;

    public static void Mmio(Span<byte> page, ulong address, ReadOnlySpan<byte> data, uint length, bool isWrite, byte resumeAction = 0)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(page[ExitReason..], 1);
        BinaryPrimitives.WriteUInt64LittleEndian(page[16..], address);
        page.Slice(MmioData, 8).Clear();
        data.CopyTo(page[MmioData..]);
        BinaryPrimitives.WriteUInt32LittleEndian(page[32..], length);
        page[36] = isWrite ? (byte)1 : (byte)0;
        page[MmioResumeAction] = resumeAction;
    }

    public static void Status(Span<byte> page, uint status, ushort exitType, uint reasonSize, ReadOnlySpan<byte> reason)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(page[ExitReason..], 2);
        BinaryPrimitives.WriteUInt32LittleEndian(page[16..], status);
        BinaryPrimitives.WriteUInt16LittleEndian(page[20..], exitType);
        BinaryPrimitives.WriteUInt32LittleEndian(page[24..], reasonSize);
        page.Slice(28, 8).Clear();
        reason.CopyTo(page[28..]);
    }

    public static void PageFault(Span<byte> page, ulong address, int attempt, byte resumeAction)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(page[ExitReason..], 3);
        BinaryPrimitives.WriteUInt64LittleEndian(page[16..], address);
        BinaryPrimitives.WriteInt32LittleEndian(page[24..], attempt);
        page[PageFaultResumeAction] = resumeAction;
    }
}
