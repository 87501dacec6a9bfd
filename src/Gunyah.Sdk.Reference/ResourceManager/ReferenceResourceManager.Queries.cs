using System.Buffers.Binary;
using System.Text;
using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

public sealed partial class ReferenceResourceManager
{
    /// <summary>The longest name or URI VM_LOOKUP_NAME/URI accept.</summary>
    public const int MaxLookupLength = 79;

    /// <inheritdoc/>
    public ValueTask<RpcResult<GhRmVmVmidResp>> VmGetVmidAsync(RpcCaller caller, CancellationToken cancellationToken) =>
        ValueTask.FromResult(RpcResult.Success(new GhRmVmVmidResp { Vmid = CallerOf(caller) }));

    /// <inheritdoc/>
    /// <remarks>HLOS has no owner the RM knows of: VMID_INVALID.</remarks>
    public ValueTask<RpcResult<GhRmVmVmidResp>> VmGetOwnerAsync(RpcCaller caller, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return ValueTask.FromResult(vms.TryGetValue(CallerOf(caller), out var vm)
                ? RpcResult.Success(new GhRmVmVmidResp { Vmid = vm.Owner })
                : Fail<GhRmVmVmidResp>(GhRmError.VmidInvalid));
        }
    }

    /// <inheritdoc/>
    public ValueTask<RpcResult<GhRmVmGetPeersRespPayload>> VmGetPeersAsync(RpcCaller caller, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var peers = PeersOf(CallerOf(caller)).Select(p => new GhRmVmPeerEntry { Vmid = p }).ToArray();
            return ValueTask.FromResult(RpcResult.Success(new GhRmVmGetPeersRespPayload(new GhRmVmGetPeersResp { NEntries = (uint)peers.Length }, peers)));
        }
    }

    /// <inheritdoc/>
    /// <remarks>HLOS asking about itself is told RUNNING.</remarks>
    public ValueTask<RpcResult<GhRmVmGetStateResp>> VmGetStateAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var from = CallerOf(caller);
            if (from == HlosVmid && request.Vmid is 0 or HlosVmid)
            {
                return ValueTask.FromResult(RpcResult.Success(new GhRmVmGetStateResp { VmStatus = (byte)GhRmVmStatus.Running }));
            }

            var error = FindVisible(from, request.Vmid, out var vm);
            return ValueTask.FromResult(error == GhRmError.Ok
                ? RpcResult.Success(new GhRmVmGetStateResp { VmStatus = (byte)vm.State, OsStatus = vm.OsStatus, AppStatus = vm.AppStatus })
                : Fail<GhRmVmGetStateResp>(error));
        }
    }

    /// <inheritdoc/>
    public ValueTask<RpcResult<GhRmVmHostGetTypeResp>> VmHostGetTypeAsync(RpcCaller caller, CancellationToken cancellationToken) =>
        ValueTask.FromResult(RpcResult.Success(new GhRmVmHostGetTypeResp { HostType = HostType }));

    /// <inheritdoc/>
    /// <remarks>From a VM the RM created (HLOS: DENIED); os_status 0 keeps the old value, above CRASHED (7) is
    /// ARGUMENT_INVALID. Sends NOTIFY_VM_STATUS to the VM's peers.</remarks>
    public ValueTask<RpcResult> VmSetStatusAsync(RpcCaller caller, GhRmVmSetStatusReq request, CancellationToken cancellationToken)
    {
        GhRmError error;
        lock (gate)
        {
            if (!vms.TryGetValue(CallerOf(caller), out var vm))
            {
                error = GhRmError.Denied;
            }
            else if (request.OsStatus > (byte)GhRmOsStatus.Crashed)
            {
                error = GhRmError.ArgumentInvalid;
            }
            else
            {
                vm.OsStatus = request.OsStatus == 0 ? vm.OsStatus : request.OsStatus;
                vm.AppStatus = request.AppStatus;
                QueueStatus(vm);
                error = GhRmError.Ok;
            }
        }

        return Done(error);
    }

    /// <inheritdoc/>
    /// <remarks>Entries GUID (16 bytes, zeros when the config has none), URI (when set), NAME (image-name), and
    /// SIGN_AUTH (empty: the reference signs nothing). VM must be READY, RUNNING or PAUSED.</remarks>
    public ValueTask<RpcResult<GhRmVmGetIdRespPayload>> VmGetIdAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var error = FindVisible(CallerOf(caller), request.Vmid, out var vm);
            if (error == GhRmError.Ok && (!RmVmStates.IsLive(vm.State) || vm.Config is null))
            {
                error = GhRmError.VmState;
            }

            if (error != GhRmError.Ok)
            {
                return ValueTask.FromResult(Fail<GhRmVmGetIdRespPayload>(error));
            }

            var ids = new List<(GhRmVmIdType Type, byte[] Bytes)> { (GhRmVmIdType.Guid, vm.Config!.Guid) };
            if (vm.Config.Uri is { } uri)
            {
                ids.Add((GhRmVmIdType.Uri, Encoding.UTF8.GetBytes(uri)));
            }

            ids.Add((GhRmVmIdType.Name, Encoding.UTF8.GetBytes(vm.Config.ImageName)));
            ids.Add((GhRmVmIdType.SignAuth, []));
            var data = new List<byte>();
            foreach (var (type, bytes) in ids)
            {
                var header = new byte[4];
                header[0] = (byte)type;
                BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(2), (ushort)bytes.Length);
                data.AddRange(header);
                data.AddRange(bytes);
                data.AddRange(new byte[((bytes.Length + 3) & ~3) - bytes.Length]);
            }

            return ValueTask.FromResult(RpcResult.Success(new GhRmVmGetIdRespPayload(new GhRmVmGetIdResp { NEntries = (uint)ids.Count }, data.ToArray())));
        }
    }

    /// <inheritdoc/>
    public ValueTask<RpcResult<GhRmVmLookupRespPayload>> VmLookupNameAsync(RpcCaller caller, GhRmVmLookupNameReqPayload request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(LookupByText(request, vm => vm.Config?.ImageName));

    /// <inheritdoc/>
    public ValueTask<RpcResult<GhRmVmLookupRespPayload>> VmLookupUriAsync(RpcCaller caller, GhRmVmLookupNameReqPayload request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(LookupByText(request, vm => vm.Config?.Uri));

    /// <inheritdoc/>
    public ValueTask<RpcResult<GhRmVmLookupRespPayload>> VmLookupGuidAsync(RpcCaller caller, GhRmVmLookupGuidReq request, CancellationToken cancellationToken)
    {
        var guid = ((ReadOnlySpan<byte>)request.Guid).ToArray();
        lock (gate)
        {
            return ValueTask.FromResult(Found(vms.Values.Where(vm => vm.Config is { } c && c.Guid.AsSpan().SequenceEqual(guid))));
        }
    }

    /// <summary>The text must be len bytes, or len bytes zero-padded to a multiple of 4 (else MSG_INVALID);
    /// len 1..79 (else ARGUMENT_INVALID). No match is an empty list, not an error.</summary>
    private RpcResult<GhRmVmLookupRespPayload> LookupByText(GhRmVmLookupNameReqPayload request, Func<RmVm, string?> field)
    {
        int len = request.Fixed.Len;
        var text = request.Name;
        if ((text.Length != len && text.Length != ((len + 3) & ~3)) || text.AsSpan(len).ContainsAnyExcept((byte)0))
        {
            return Fail<GhRmVmLookupRespPayload>(GhRmError.Invalid);
        }

        if (len is 0 or > MaxLookupLength)
        {
            return Fail<GhRmVmLookupRespPayload>(GhRmError.ArgumentInvalid);
        }

        var wanted = Encoding.UTF8.GetString(text, 0, len);
        lock (gate)
        {
            return Found(vms.Values.Where(vm => field(vm) == wanted));
        }
    }

    private static RpcResult<GhRmVmLookupRespPayload> Found(IEnumerable<RmVm> matches)
    {
        var entries = matches.OrderBy(vm => vm.Vmid).Select(vm => new GhRmVmLookupEntry { Vmid = vm.Vmid }).ToArray();
        return RpcResult.Success(new GhRmVmLookupRespPayload(new GhRmVmLookupResp { NEntries = (uint)entries.Length }, entries));
    }
}
