using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.ResourceManager.Errors;

namespace Gunyah.Sdk.Tests.ResourceManager.Errors;

public class RmErrorsTests
{
    [Theory]
    [InlineData(GhRmError.Ok, 0)]
    [InlineData(GhRmError.Unimplemented, 95)]
    [InlineData(GhRmError.Nomem, 12)]
    [InlineData(GhRmError.Noresource, 19)]
    [InlineData(GhRmError.Denied, 1)]
    [InlineData(GhRmError.Invalid, 22)]
    [InlineData(GhRmError.Busy, 16)]
    [InlineData(GhRmError.ArgumentInvalid, 22)]
    [InlineData(GhRmError.HandleInvalid, 22)]
    [InlineData(GhRmError.ValidateFailed, 22)]
    [InlineData(GhRmError.MapFailed, 22)]
    [InlineData(GhRmError.MemInvalid, 22)]
    [InlineData(GhRmError.MemInuse, 22)]
    [InlineData(GhRmError.MemReleased, 22)]
    [InlineData(GhRmError.VmidInvalid, 22)]
    [InlineData(GhRmError.LookupFailed, 22)]
    [InlineData(GhRmError.IrqInvalid, 22)]
    [InlineData(GhRmError.IrqInuse, 22)]
    [InlineData(GhRmError.IrqReleased, 22)]
    [InlineData(GhRmError.InUse, 74)]
    [InlineData(GhRmError.IrqNotMapped, 74)]
    [InlineData(GhRmError.VmState, 74)]
    public void Each_rm_code_maps_to_the_errno_linux_returns(GhRmError code, int errno) =>
        Assert.Equal(errno, RmErrors.ToErrno(code));

    [Fact]
    public void Codes_linux_does_not_know_map_to_EBADMSG() =>
        Assert.Equal(Errno.EBADMSG, RmErrors.ToErrno((GhRmError)0x15));

    [Fact]
    public void The_enum_has_the_wire_values_of_the_fact_sheet()
    {
        Assert.Equal(0x14u, (uint)GhRmError.VmState);
        Assert.Equal(0xFFFFFFFFu, (uint)GhRmError.Unimplemented);
        Assert.Equal(22, Enum.GetValues<GhRmError>().Length); // 0x0..0x14 and UNIMPLEMENTED
    }

    [Fact]
    public void RmException_carries_code_errno_and_message_id_and_names_the_code()
    {
        var e = new RmException(GhRmError.VmidInvalid, 0x56000004);

        Assert.Equal(GhRmError.VmidInvalid, e.Code);
        Assert.Equal(Errno.EINVAL, e.Errno);
        Assert.Equal(0x56000004u, e.MessageId);
        Assert.Contains("VMID_INVALID", e.Message);
        Assert.Contains("0x56000004", e.Message);
    }

    [Fact]
    public void Unknown_codes_are_named_by_their_value() =>
        Assert.Equal("0x00000099", RmErrors.NameOf((GhRmError)0x99));

    [Fact]
    public void ErrnoOf_reads_the_errno_of_every_rm_failure()
    {
        Assert.Equal(Errno.EBUSY, RmErrors.ErrnoOf(new RmException(GhRmError.Busy, 1)));
        Assert.Equal(Errno.EIO, RmErrors.ErrnoOf(new RmTransportException(Errno.EIO, 1, "aborted")));
        Assert.Equal(Errno.E2BIG, RmErrors.ErrnoOf(new RmArgumentException(Errno.E2BIG, 1, "too big", "request")));
        Assert.Equal(Errno.ETIMEDOUT, RmErrors.ErrnoOf(new RmTimeoutException(1, TimeSpan.FromSeconds(1))));
        Assert.Null(RmErrors.ErrnoOf(new InvalidOperationException()));
    }

    [Fact]
    public void Transport_failures_are_io_exceptions_and_refusals_are_argument_exceptions()
    {
        Assert.IsAssignableFrom<IOException>(new RmTransportException(Errno.EIO, 1, "aborted"));
        Assert.IsAssignableFrom<ArgumentException>(new RmArgumentException(Errno.EINVAL, 0, "reserved", "messageId"));
    }
}
