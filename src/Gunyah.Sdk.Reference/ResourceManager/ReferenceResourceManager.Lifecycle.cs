using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

public sealed partial class ReferenceResourceManager
{
    /// <inheritdoc/>
    public ValueTask<RpcResult<GhRmVmAllocVmidResp>> VmAllocVmidAsync(RpcCaller caller, GhRmVmAllocVmidReq request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (CallerOf(caller) != HlosVmid)
            {
                return ValueTask.FromResult(Fail<GhRmVmAllocVmidResp>(GhRmError.Denied));
            }

            // A non-zero VMID asks for a platform "secondary" VM; the reference models none.
            if (request.Vmid != 0 || !Allocator.TryAllocate(out var vmid))
            {
                return ValueTask.FromResult(Fail<GhRmVmAllocVmidResp>(GhRmError.Noresource));
            }

            vms.Add(vmid, new RmVm(vmid, HlosVmid));
            return ValueTask.FromResult(RpcResult.Success(new GhRmVmAllocVmidResp { Vmid = vmid }));
        }
    }

    /// <inheritdoc/>
    public ValueTask<RpcResult> VmDeallocVmidAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var error = FindOwned(CallerOf(caller), request.Vmid, out var vm);
            if (error == GhRmError.Ok && !RmVmStates.CanDeallocate(vm.State))
            {
                error = GhRmError.VmState;
            }

            // Our choice: a VMID still named by a parcel's ACL is not freed (a new VM given the same VMID would
            // inherit the old VM's access). The owner reclaims first, as Linux does before VM_DEALLOC_VMID.
            if (error == GhRmError.Ok && parcels.Values.Any(p => p.InAcl(vm.Vmid)))
            {
                error = GhRmError.InUse;
            }

            if (error == GhRmError.Ok)
            {
                vms.Remove(vm.Vmid);
            }

            return ValueTask.FromResult(error == GhRmError.Ok ? RpcResult.Ok : Fail(error));
        }
    }

    /// <inheritdoc/>
    public ValueTask<RpcResult> VmConfigImageAsync(RpcCaller caller, GhRmVmConfigImageReq request, CancellationToken cancellationToken)
    {
        GhRmError error;
        lock (gate)
        {
            var from = CallerOf(caller);
            error = FindOwned(from, request.Vmid, out var vm);
            error = from != HlosVmid ? GhRmError.Denied : error;
            if (error == GhRmError.Ok)
            {
                error = ConfigImage(vm, request);
            }
        }

        return Done(error);
    }

    private GhRmError ConfigImage(RmVm vm, in GhRmVmConfigImageReq request)
    {
        if (vm.State is not (GhRmVmStatus.Load or GhRmVmStatus.Reset))
        {
            return GhRmError.VmState;
        }

        var error = CheckParcelForVm(vm, request.MemHandle, out var parcel);
        if (error == GhRmError.Ok
            && (!Within(request.ImageOffset, request.ImageSize, parcel.TotalSize) || request.DtbSize == 0
                || !Within(request.DtbOffset, request.DtbSize, parcel.TotalSize)))
        {
            error = GhRmError.ArgumentInvalid;
        }

        var target = (GhRmVmAuthMech)request.AuthMech switch
        {
            GhRmVmAuthMech.None or GhRmVmAuthMech.QcomAndroidPvm => GhRmVmStatus.Init,
            GhRmVmAuthMech.QcomPilElf => GhRmVmStatus.Auth,
            _ => GhRmVmStatus.InitFailed,
        };
        if (error == GhRmError.Ok && target == GhRmVmStatus.InitFailed)
        {
            error = GhRmError.ArgumentInvalid;
        }

        if (error != GhRmError.Ok)
        {
            Transition(vm, GhRmVmStatus.InitFailed);
            return error;
        }

        vm.Auth = (GhRmVmAuthMech)request.AuthMech;
        vm.ImageHandle = request.MemHandle;
        vm.ImageOffset = request.ImageOffset;
        vm.DtbOffset = request.DtbOffset;
        vm.DtbSize = request.DtbSize;
        Transition(vm, target);
        return GhRmError.Ok;
    }

    /// <summary>A finished parcel the VM's owner owns and has given the VM (in its ACL).</summary>
    private GhRmError CheckParcelForVm(RmVm vm, uint handle, out RmParcel parcel)
    {
        if (!parcels.TryGetValue(handle, out parcel!) || parcel.Owner != vm.Owner || !parcel.InAcl(vm.Vmid))
        {
            return GhRmError.HandleInvalid;
        }

        return parcel.Finished ? GhRmError.Ok : GhRmError.MemInvalid;
    }

    private static bool Within(ulong offset, ulong size, ulong total) => offset <= total && size <= total - offset;

    /// <inheritdoc/>
    public ValueTask<RpcResult> VmAuthImageAsync(RpcCaller caller, GhRmVmAuthImageReqPayload request, CancellationToken cancellationToken)
    {
        GhRmError error;
        lock (gate)
        {
            var from = CallerOf(caller);
            error = FindOwned(from, request.Fixed.Vmid, out var vm);
            error = from != HlosVmid ? GhRmError.Denied : error;
            if (error == GhRmError.Ok && vm.State != GhRmVmStatus.Auth)
            {
                error = GhRmError.VmState;
            }
            else if (error == GhRmError.Ok)
            {
                // No signature checking in the reference: any non-empty parameter list authenticates the image;
                // an empty one cannot (ARGUMENT_INVALID, and the VM fails to initialise).
                error = request.Params.Length == 0 ? GhRmError.ArgumentInvalid : GhRmError.Ok;
                Transition(vm, error == GhRmError.Ok ? GhRmVmStatus.Init : GhRmVmStatus.InitFailed);
            }
        }

        return Done(error);
    }

    /// <inheritdoc/>
    public ValueTask<RpcResult> VmInitAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken)
    {
        GhRmError error;
        lock (gate)
        {
            var from = CallerOf(caller);
            error = FindOwned(from, request.Vmid, out var vm);
            error = from != HlosVmid ? GhRmError.Denied : error;
            if (error == GhRmError.Ok && request.Reserved != 0)
            {
                error = GhRmError.ArgumentInvalid;
            }
            else if (error == GhRmError.Ok && vm.State != GhRmVmStatus.Init)
            {
                error = GhRmError.VmState;
            }
            else if (error == GhRmError.Ok)
            {
                error = Build(vm);
                Transition(vm, error == GhRmError.Ok ? GhRmVmStatus.Ready : GhRmVmStatus.InitFailed);
            }
        }

        return Done(error);
    }

    /// <inheritdoc/>
    public ValueTask<RpcResult> VmStartAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken)
    {
        GhRmError error;
        lock (gate)
        {
            error = FindOwned(CallerOf(caller), request.Vmid, out var vm);
            if (error == GhRmError.Ok && vm.State != GhRmVmStatus.Ready)
            {
                error = GhRmError.VmState;
            }
            else if (error == GhRmError.Ok)
            {
                error = PowerOn(vm);
                Transition(vm, error == GhRmError.Ok ? GhRmVmStatus.Running : GhRmVmStatus.InitFailed);
            }
        }

        return Done(error);
    }

    /// <inheritdoc/>
    public ValueTask<RpcResult> VmStopAsync(RpcCaller caller, GhRmVmStopReq request, CancellationToken cancellationToken)
    {
        GhRmError error;
        lock (gate)
        {
            error = FindOwned(CallerOf(caller), request.Vmid, out var vm);
            if (error == GhRmError.Ok && (request.Flags & ~(byte)GhRmVmStopFlags.Force) != 0)
            {
                error = GhRmError.ArgumentInvalid;
            }
            else if (error == GhRmError.Ok && !RmVmStates.IsLegal(vm.State, GhRmVmStatus.Exited))
            {
                error = GhRmError.VmState;
            }
            else if (error == GhRmError.Ok && (request.Flags & (byte)GhRmVmStopFlags.Force) != 0)
            {
                Exit(vm, GhRmVmExitType.VmStopForced, 0, GhRmVmExitCode.Normal);
            }
            else if (error == GhRmError.Ok)
            {
                // Graceful: the VM is asked to shut down and stays RUNNING until it exits itself.
                var payload = new GhRmVmShutdownPayload { StopReason = request.StopReason };
                Queue(vm.Vmid, sink => GhRmNotifications.SendNotifVmShutdownAsync(sink, payload));
            }
        }

        return Done(error);
    }

    /// <inheritdoc/>
    public ValueTask<RpcResult> VmExitAsync(RpcCaller caller, GhRmVmExitReq request, CancellationToken cancellationToken)
    {
        GhRmError error;
        lock (gate)
        {
            if (!vms.TryGetValue(CallerOf(caller), out var vm))
            {
                error = GhRmError.VmidInvalid;
            }
            else if (request.ExitCode is not (0 or 1 or 3 or 4) || request.Reserved != 0)
            {
                error = GhRmError.ArgumentInvalid;
            }
            else if (!RmVmStates.IsLegal(vm.State, GhRmVmStatus.Exited))
            {
                error = GhRmError.VmState;
            }
            else
            {
                Exit(vm, GhRmVmExitType.VmExit, request.ExitFlags, (GhRmVmExitCode)request.ExitCode);
                error = GhRmError.Ok;
            }
        }

        return Done(error);
    }

    /// <summary>RUNNING/PAUSED → EXITED: vCPUs off, NOTIFY_VM_STATUS, then NOTIFY_VM_EXITED to the owner with the
    /// reason words: (flags, code), and for PSCI_SYSTEM_RESET2 the reset type and the 64-bit cookie after them.</summary>
    private void Exit(RmVm vm, GhRmVmExitType type, ushort flags, GhRmVmExitCode code, uint resetType = 0, ulong cookie = 0)
    {
        foreach (var vcpu in vm.Vcpus)
        {
            platform.PowerOffVcpu(vcpu.Object);
        }

        Transition(vm, GhRmVmStatus.Exited);
        var reason = new byte[type == GhRmVmExitType.PsciSystemReset2 ? 16 : 4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(reason, flags);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(reason.AsSpan(2), (ushort)code);
        if (reason.Length == 16)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(reason.AsSpan(4), resetType);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(reason.AsSpan(8), cookie);
        }

        var payload = new GhRmVmExitedPayload { Vmid = vm.Vmid, ExitType = (ushort)type, ExitReasonSize = (uint)reason.Length };
        Queue(vm.Owner, sink => GhRmNotifications.SendNotifVmExitedAsync(sink, payload, reason));
    }

    /// <inheritdoc/>
    public ValueTask<RpcResult> VmResetAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken)
    {
        GhRmError error;
        lock (gate)
        {
            error = FindOwned(CallerOf(caller), request.Vmid, out var vm);
            if (error == GhRmError.Ok && vm.Config is { NoReset: true })
            {
                error = GhRmError.Denied;
            }
            else if (error == GhRmError.Ok && !Transition(vm, GhRmVmStatus.Resetting))
            {
                error = GhRmError.VmState;
            }
            else if (error == GhRmError.Ok)
            {
                cleanups.RemoveAll(static t => t.IsCompleted);
                if (CleanUpAfterReply)
                {
                    var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    pendingCleanups.Enqueue((vm, done));
                    cleanups.Add(done.Task);
                }
                else
                {
                    cleanups.Add(Task.Run(() => CleanUpAsync(vm)));
                }
            }
        }

        return Done(error);
    }

    /// <summary>The staged cleanup after VM_RESET: vdevices and vCPUs, the VM's hold on parcels, its own parcels,
    /// the platform VM, its config; then RESETTING → RESET with NOTIFY_VM_STATUS.</summary>
    private async Task CleanUpAsync(RmVm vm)
    {
        await Task.Yield();
        await CleanUpNowAsync(vm).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the cleanups VM_RESET left for after its reply (with <see cref="CleanUpAfterReply"/>), in the order asked:
    /// the server calls it after each reply (<see cref="ReferenceRmService"/> wires that), so the RESET notification
    /// follows the reply, as the RM's own event loop sends it, without a trip through the thread pool.
    /// </summary>
    public async ValueTask RunPendingCleanupsAsync()
    {
        while (true)
        {
            (RmVm Vm, TaskCompletionSource Done) next;
            lock (gate)
            {
                if (!pendingCleanups.TryDequeue(out next))
                {
                    return;
                }
            }

            try
            {
                await CleanUpNowAsync(next.Vm).ConfigureAwait(false);
                next.Done.SetResult();
            }
            catch (Exception e)
            {
                next.Done.SetException(e);
                throw;
            }
        }
    }

    private async ValueTask CleanUpNowAsync(RmVm vm)
    {
        lock (gate)
        {
            TearDown(vm);
            vm.Auth = GhRmVmAuthMech.None;
            vm.ImageHandle = vm.FirmwareHandle = InvalidMemHandle;
            vm.ImageIpa = null;
            vm.Layout.Clear();
            vm.DemandPaging.Clear();
            vm.BootContext.Clear();
            vm.Config = null;
            vm.OsStatus = 0;
            vm.AppStatus = 0;
            vm.GuestConsoleOpen = vm.OwnerConsoleOpen = false;
            vm.CrashMessage = [];
            Transition(vm, GhRmVmStatus.Reset);
        }

        await FlushAsync().ConfigureAwait(false);
    }
}
