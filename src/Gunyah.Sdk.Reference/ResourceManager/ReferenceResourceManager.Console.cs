using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

public sealed partial class ReferenceResourceManager
{
    /// <summary>The longest crash message kept.</summary>
    public const int MaxCrashMessage = 192;

    /// <inheritdoc/>
    /// <remarks>Target 0 (or the caller's own VMID): the VM's own end. Another VM: only its owner, for the owner's
    /// end. Opening an open end is not an error.</remarks>
    public ValueTask<RpcResult> VmConsoleOpenAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SetConsole(CallerOf(caller), request.Vmid, open: true));

    /// <inheritdoc/>
    public ValueTask<RpcResult> VmConsoleCloseAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SetConsole(CallerOf(caller), request.Vmid, open: false));

    private RpcResult SetConsole(ushort from, ushort target, bool open)
    {
        lock (gate)
        {
            var error = FindConsole(from, target, out var vm, out var ownerSide);
            if (error != GhRmError.Ok)
            {
                return Fail(error);
            }

            if (ownerSide)
            {
                vm.OwnerConsoleOpen = open;
            }
            else
            {
                vm.GuestConsoleOpen = open;
            }

            return RpcResult.Ok;
        }
    }

    /// <summary>The console a call names: the caller's own (guest end) or a VM the caller owns (owner end).</summary>
    private GhRmError FindConsole(ushort from, ushort target, out RmVm vm, out bool ownerSide)
    {
        ownerSide = target != 0 && target != from;
        if (!ownerSide)
        {
            return vms.TryGetValue(from, out vm!) ? GhRmError.Ok : GhRmError.VmidInvalid;
        }

        if (!vms.TryGetValue(target, out vm!))
        {
            return GhRmError.VmidInvalid;
        }

        return vm.Owner == from ? GhRmError.Ok : GhRmError.Denied;
    }

    /// <inheritdoc/>
    /// <remarks>The payload must be exactly 4 + num_bytes (else MSG_INVALID); the caller's end must be open (else
    /// DENIED); with the other end closed the characters are dropped and the call succeeds.</remarks>
    public ValueTask<RpcResult> VmConsoleWriteAsync(RpcCaller caller, GhRmVmConsoleWriteReqPayload request, CancellationToken cancellationToken)
    {
        GhRmError error;
        lock (gate)
        {
            var from = CallerOf(caller);
            error = FindConsole(from, request.Fixed.Vmid, out var vm, out var ownerSide);
            error = request.Data.Length != request.Fixed.NumBytes ? GhRmError.Invalid : error;
            if (error == GhRmError.Ok && !(ownerSide ? vm.OwnerConsoleOpen : vm.GuestConsoleOpen))
            {
                error = GhRmError.Denied;
            }
            else if (error == GhRmError.Ok && (ownerSide ? vm.GuestConsoleOpen : vm.OwnerConsoleOpen) && request.Data.Length > 0)
            {
                var payload = new GhRmVmConsoleCharsPayload { FromVmid = ownerSide ? (ushort)0 : from, NumBytes = request.Fixed.NumBytes };
                var data = request.Data;
                Queue(ownerSide ? vm.Vmid : vm.Owner, sink => GhRmNotifications.SendNotifVmConsoleCharsAsync(sink, payload, data));
            }
        }

        return Done(error);
    }

    /// <inheritdoc/>
    /// <remarks>Forwarding is immediate, so there is nothing to flush; the caller's end must be open.</remarks>
    public ValueTask<RpcResult> VmConsoleFlushAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var error = FindConsole(CallerOf(caller), request.Vmid, out var vm, out var ownerSide);
            if (error == GhRmError.Ok && !(ownerSide ? vm.OwnerConsoleOpen : vm.GuestConsoleOpen))
            {
                error = GhRmError.Denied;
            }

            return ValueTask.FromResult(error == GhRmError.Ok ? RpcResult.Ok : Fail(error));
        }
    }

    /// <inheritdoc/>
    /// <remarks>From the VM itself. The text must be len bytes, or len bytes padded with zeros to a multiple of 4
    /// (else MSG_INVALID); the first 192 bytes are kept.</remarks>
    public ValueTask<RpcResult> VmSetCrashMsgAsync(RpcCaller caller, GhRmVmCrashMsgPayload request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var len = request.Fixed.Len;
            var text = request.Msg;
            var padded = (len + 3) & ~3;
            GhRmError error;
            if (!vms.TryGetValue(CallerOf(caller), out var vm))
            {
                error = GhRmError.VmidInvalid;
            }
            else if (request.Fixed.Reserved != 0 || (text.Length != len && text.Length != padded) || text.AsSpan(len).ContainsAnyExcept((byte)0))
            {
                error = GhRmError.Invalid;
            }
            else
            {
                vm.CrashMessage = text.AsSpan(0, Math.Min((int)len, MaxCrashMessage)).ToArray();
                error = GhRmError.Ok;
            }

            return ValueTask.FromResult(error == GhRmError.Ok ? RpcResult.Ok : Fail(error));
        }
    }

    /// <inheritdoc/>
    /// <remarks>Owner only; the text comes back padded with zeros to a multiple of 4.</remarks>
    public ValueTask<RpcResult<GhRmVmCrashMsgPayload>> VmGetCrashMsgAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var error = FindOwned(CallerOf(caller), request.Vmid, out var vm);
            if (error != GhRmError.Ok)
            {
                return ValueTask.FromResult(Fail<GhRmVmCrashMsgPayload>(error));
            }

            var text = new byte[(vm.CrashMessage.Length + 3) & ~3];
            vm.CrashMessage.CopyTo(text, 0);
            return ValueTask.FromResult(RpcResult.Success(new GhRmVmCrashMsgPayload(new GhRmVmCrashMsg { Len = (ushort)vm.CrashMessage.Length }, text)));
        }
    }
}
