using System.Text;
using Gunyah.Sdk.ResourceManager.Protocol;
using static Gunyah.Sdk.Reference.Tests.ResourceManager.RmBed;

namespace Gunyah.Sdk.Reference.Tests.ResourceManager;

/// <summary>The console (OPEN/CLOSE/WRITE/FLUSH, NOTIFY_VM_CONSOLE_CHARS) and the crash message, with their raw
/// tails cross-checked against the length fields.</summary>
public sealed class ConsoleTests
{
    private static GhRmVmCommonVmidReq Vm(ushort vmid) => new() { Vmid = vmid };

    private static async Task<(RmBed Bed, ushort Vmid, RmConnection Guest)> RunningAsync()
    {
        var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync();
        await bed.StartAsync(vmid);
        return (bed, vmid, bed.Connect(vmid));
    }

    private static Task Write(RmConnection who, ushort target, string text) =>
        who.Client.VmConsoleWriteAsync(new GhRmVmConsoleWriteReq { Vmid = target, NumBytes = (ushort)text.Length }, Encoding.ASCII.GetBytes(text)).AsTask();

    private static byte[] Raw(ushort first, ushort second, params byte[] tail)
    {
        var bytes = new byte[4 + tail.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(bytes, first);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2), second);
        tail.CopyTo(bytes, 4);
        return bytes;
    }

    private static GhRmVmConsoleCharsPayloadPayload Chars(byte[] payload)
    {
        Assert.True(GhRmVmConsoleCharsPayloadReader.TryRead(payload, out var reader));
        return reader.ToPayload();
    }

    [Fact]
    public async Task Guest_output_reaches_the_owner_and_owner_input_reaches_the_guest()
    {
        var (bed, vmid, guest) = await RunningAsync();
        await using var owned = bed;
        await guest.Client.VmConsoleOpenAsync(Vm(0));
        await bed.Host.Client.VmConsoleOpenAsync(Vm(vmid));

        await Write(guest, 0, "boot ok");
        await Write(bed.Host, vmid, "ls\n");
        await guest.Client.VmConsoleFlushAsync(Vm(0));

        var output = Chars(Assert.Single(bed.Host.Log.OfId(GhRmMessages.GH_RM_RPC_NOTIF_VM_CONSOLE_CHARS)).Payload);
        Assert.Equal(vmid, output.Fixed.FromVmid);
        Assert.Equal("boot ok", Encoding.ASCII.GetString(output.Data));
        var input = Chars(await guest.Log.WaitForAsync((id, _) => id == GhRmMessages.GH_RM_RPC_NOTIF_VM_CONSOLE_CHARS).WaitAsync(Patience));
        Assert.Equal(0, input.Fixed.FromVmid);
        Assert.Equal("ls\n", Encoding.ASCII.GetString(input.Data));
    }

    [Fact]
    public async Task Writing_to_a_closed_other_end_is_dropped_and_from_a_closed_own_end_is_DENIED()
    {
        var (bed, vmid, guest) = await RunningAsync();
        await using var owned = bed;
        Assert.Equal(GhRmError.Denied, await Code(() => Write(guest, 0, "x")));
        Assert.Equal(GhRmError.Denied, await Code(() => guest.Client.VmConsoleFlushAsync(Vm(0)).AsTask()));
        await guest.Client.VmConsoleOpenAsync(Vm(0));

        await Write(guest, 0, "lost");
        await bed.Host.Client.VmConsoleOpenAsync(Vm(vmid));
        await bed.Host.Client.VmConsoleCloseAsync(Vm(vmid));
        await Write(guest, 0, "lost too");

        Assert.Empty(bed.Host.Log.OfId(GhRmMessages.GH_RM_RPC_NOTIF_VM_CONSOLE_CHARS));
        Assert.Equal(GhRmError.Denied, await Code(() => Write(bed.Host, vmid, "x")));
    }

    [Fact]
    public async Task Only_the_owner_opens_another_VMs_console()
    {
        var (bed, vmid, guest) = await RunningAsync();
        await using var owned = bed;
        var other = bed.Connect(await bed.AllocateAsync());

        Assert.Equal(GhRmError.Denied, await Code(() => other.Client.VmConsoleOpenAsync(Vm(vmid)).AsTask()));
        Assert.Equal(GhRmError.VmidInvalid, await Code(() => bed.Host.Client.VmConsoleOpenAsync(Vm(0x99)).AsTask()));
        Assert.Equal(GhRmError.VmidInvalid, await Code(() => bed.Host.Client.VmConsoleOpenAsync(Vm(0)).AsTask()));
        Assert.Equal(GhRmError.Ok, await Code(() => guest.Client.VmConsoleOpenAsync(Vm(vmid)).AsTask()));
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(3, 4)]
    [InlineData(0, 1)]
    public async Task A_write_whose_length_is_not_exactly_4_plus_num_bytes_is_MSG_INVALID(ushort numBytes, int tail)
    {
        var (bed, _, guest) = await RunningAsync();
        await using var owned = bed;
        await guest.Client.VmConsoleOpenAsync(Vm(0));

        Assert.Equal(GhRmError.Invalid, await guest.RawAsync(GhRmMessages.GH_RM_RPC_VM_CONSOLE_WRITE, Raw(0, numBytes, new byte[tail])));
        Assert.Equal(GhRmError.Ok, await guest.RawAsync(GhRmMessages.GH_RM_RPC_VM_CONSOLE_WRITE, Raw(0, (ushort)tail, new byte[tail])));
    }

    [Fact]
    public async Task The_crash_message_is_kept_to_192_bytes_and_read_back_by_the_owner_only()
    {
        var (bed, vmid, guest) = await RunningAsync();
        await using var owned = bed;
        var text = Enumerable.Range(0, 200).Select(i => (byte)('a' + (i % 26))).ToArray();

        await guest.Client.VmSetCrashMsgAsync(new GhRmVmCrashMsg { Len = 200 }, text);
        var back = await bed.Host.Client.VmGetCrashMsgAsync(Vm(vmid));

        Assert.Equal(192, back.Fixed.Len);
        Assert.Equal(text[..192], back.Msg[..192]);
        Assert.Equal(GhRmError.VmidInvalid, await Code(() => guest.Client.VmGetCrashMsgAsync(Vm(vmid)).AsTask()));
        Assert.Equal(GhRmError.VmidInvalid, await Code(() => bed.Host.Client.VmSetCrashMsgAsync(new GhRmVmCrashMsg { Len = 1 }, new byte[] { 1 }).AsTask()));
    }

    [Fact]
    public async Task A_crash_message_tail_must_be_len_bytes_or_len_zero_padded_to_4()
    {
        var (bed, vmid, guest) = await RunningAsync();
        await using var owned = bed;
        Task<GhRmError> Set(ushort len, params byte[] tail) => guest.RawAsync(GhRmMessages.GH_RM_RPC_VM_SET_CRASH_MSG, Raw(len, 0, tail));

        Assert.Equal(GhRmError.Invalid, await Set(5, 1, 2, 3));
        Assert.Equal(GhRmError.Invalid, await Set(5, 1, 2, 3, 4, 5, 0, 0, 0, 0));
        Assert.Equal(GhRmError.Invalid, await Set(5, 1, 2, 3, 4, 5, 0, 9, 0));
        Assert.Equal(GhRmError.Ok, await Set(5, 1, 2, 3, 4, 5));
        Assert.Equal(GhRmError.Ok, await Set(5, 1, 2, 3, 4, 6, 0, 0, 0));

        var back = await bed.Host.Client.VmGetCrashMsgAsync(Vm(vmid));
        Assert.Equal(5, back.Fixed.Len);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 6, 0, 0, 0 }, back.Msg);
    }
}
