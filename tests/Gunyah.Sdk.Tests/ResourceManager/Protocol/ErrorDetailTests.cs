using Gunyah.Sdk.ResourceManager.Errors;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Tests.ResourceManager.Protocol;

/// <summary>
/// A handler's failure can carry bytes after the error word — the RM appends the hypervisor's error code to
/// VM_SET_FIRMWARE_MEM and VM_SET_TIME_BASE failures — and they reach the client's <see cref="RmException.ErrorDetail"/>;
/// a failure without detail still sends the error word alone.
/// </summary>
public sealed class ErrorDetailTests
{
    [Fact]
    public async Task A_failures_detail_follows_the_error_word_to_the_client()
    {
        await using var stack = ProtocolStack.Start();
        stack.Handler.Answer = (_, _) => ((uint)GhRmError.Denied, null);
        stack.Handler.ErrorDetail = new byte[] { 0x1E, 0, 0, 0 };   // hypervisor error 30: DENIED

        var e = await Assert.ThrowsAsync<RmException>(() => stack.Client.VmSetFirmwareMemAsync(new GhRmVmSetFirmwareMemReq { Vmid = 0x81 }).AsTask().WaitAsync(ProtocolStack.Deadline));

        Assert.Equal(GhRmError.Denied, e.Code);
        Assert.Equal(new byte[] { 0x1E, 0, 0, 0 }, e.ErrorDetail.ToArray());
    }

    [Fact]
    public async Task A_failure_without_detail_sends_the_error_word_alone()
    {
        await using var stack = ProtocolStack.Start();
        stack.Handler.Answer = (_, _) => ((uint)GhRmError.VmidInvalid, null);

        var e = await Assert.ThrowsAsync<RmException>(() => stack.Client.VmStartAsync(new GhRmVmCommonVmidReq { Vmid = 0x81 }).AsTask().WaitAsync(ProtocolStack.Deadline));

        Assert.Equal(GhRmError.VmidInvalid, e.Code);
        Assert.True(e.ErrorDetail.IsEmpty);
    }
}
