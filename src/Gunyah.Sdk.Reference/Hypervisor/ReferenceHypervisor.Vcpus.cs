namespace Gunyah.Sdk.Reference.Hypervisor;

// vCPU power and proxy scheduling: vcpu_run through the vCPU's engine.
public sealed partial class ReferenceHypervisor
{
    /// <summary>
    /// vcpu_poweron: resets the engine to <paramref name="entryIpa"/> with <paramref name="contextArgument"/> and makes
    /// the vCPU ready; a host waiting on its wakeup vIRQ is told. OBJECT_STATE unless it is powered off.
    /// </summary>
    public HypError VcpuPowerOn(Vcpu vcpu, ulong entryIpa, ulong contextArgument) => VcpuPowerOn(vcpu, entryIpa, contextArgument, null);

    /// <summary>vcpu_poweron with the rest of the vCPU's boot context, handed to the engine first (see
    /// <see cref="VcpuBootRegisters"/>).</summary>
    public HypError VcpuPowerOn(Vcpu vcpu, ulong entryIpa, ulong contextArgument, VcpuBootRegisters? bootRegisters)
    {
        var batch = new VirqBatch();
        lock (Sync)
        {
            if (vcpu.Destroyed || vcpu.StateLocked != VcpuState.PoweredOff || !vcpu.Owner.AliveLocked)
                return HypError.ObjectState;
            if (bootRegisters is not null)
                vcpu.Engine.LoadBootRegisters(bootRegisters);
            vcpu.Engine.PowerOn(entryIpa, contextArgument);
            vcpu.StateLocked = VcpuState.Ready;
            vcpu.PendingMmio = VcpuStopKind.Yield;
            vcpu.HaltResult = null;
            vcpu.Wakeup.Assert(ref batch);
        }

        batch.Deliver();
        return HypError.Ok;
    }

    /// <summary>Wakes every vCPU of <paramref name="vm"/> waiting in WFI (its host is told), as a newly signalled
    /// interrupt does; each checks for itself whether it has something to take.</summary>
    public void WakeVcpus(HypervisorVm vm)
    {
        ArgumentNullException.ThrowIfNull(vm);
        var batch = new VirqBatch();
        lock (Sync)
        {
            foreach (var vcpu in vm.Vcpus)
            {
                // One that is running now may be on its way into WFI: it must not sleep through this.
                if (!vcpu.TryWakeLocked(ref batch))
                    vcpu.KickedLocked = true;
            }
        }

        batch.Deliver();
    }

    /// <summary>vcpu_poweroff: the vCPU stops (POWERED_OFF, flags 0). BUSY while it runs, OBJECT_STATE if halted or gone.</summary>
    public HypError VcpuPowerOff(Vcpu vcpu)
    {
        lock (Sync)
        {
            if (vcpu.Destroyed || vcpu.StateLocked == VcpuState.Halted)
                return HypError.ObjectState;
            if (vcpu.StateLocked == VcpuState.Running)
                return HypError.Busy;
            vcpu.StateLocked = VcpuState.PoweredOff;
            vcpu.PowerOffFlags = 0;
            vcpu.PendingMmio = VcpuStopKind.Yield;
            return HypError.Ok;
        }
    }

    /// <summary>vcpu_run from <paramref name="caller"/> (the host): see <see cref="IHypercalls.VcpuRun"/>.</summary>
    internal VcpuRunResult VcpuRun(HypervisorVm caller, ulong capId, ulong resume0, ulong resume1, ulong resume2)
    {
        Vcpu vcpu;
        VcpuResume resume;
        lock (Sync)
        {
            var error = LookupLocked<Vcpu>(caller, capId, HypObjectType.Vcpu, CapabilityRights.VcpuPower, out var found);
            if (error != HypError.Ok)
                return Refused(error);
            vcpu = found!;
            if (vcpu.StateLocked == VcpuState.Halted || !vcpu.Owner.AliveLocked)
                return Refused(HypError.ObjectState);
            if (!vcpu.Wakeup.IsBound || vcpu.StateLocked == VcpuState.Running)
                return Refused(HypError.Busy);
            switch (vcpu.StateLocked)
            {
                case VcpuState.PoweredOff:
                    return new VcpuRunResult(HypError.Ok, VcpuRunState.PoweredOff, vcpu.PowerOffFlags);
                case VcpuState.ExpectsWakeup when !vcpu.Owner.HasPendingLocked:
                    return new VcpuRunResult(HypError.Ok, VcpuRunState.ExpectsWakeup, vcpu.SleepType);
            }

            if (vcpu.PendingMmio != VcpuStopKind.Yield)
            {
                if (resume1 > (ulong)VmmioResumeAction.Fault)
                    return Refused(HypError.ArgumentInvalid);
                resume = new VcpuResume(vcpu.PendingMmio, resume0, (VmmioResumeAction)resume1);
            }
            else
            {
                resume = default;
            }

            _ = resume2; // Reserved: 0 in every ABI generation.
            vcpu.PendingMmio = VcpuStopKind.Yield;
            vcpu.StateLocked = VcpuState.Running;
        }

        VcpuStop stop;
        try
        {
            stop = vcpu.Engine.Run(resume, vcpu.Context);
        }
        catch (Exception exception)
        {
            // An engine failure is the guest's unrecoverable fault, never an exception in the host's vcpu_run.
            vcpu.EngineFailure = exception;
            stop = VcpuStop.Fault();
        }

        var batch = new VirqBatch();
        VcpuRunResult result;
        lock (Sync)
        {
            result = Stopped(vcpu, stop);
            if (EndsVcpu(stop) && vcpu.StateLocked is VcpuState.Halted or VcpuState.PoweredOff && vcpu.HaltResult is null)
            {
                // The vCPU is finished: its halt vIRQ tells the RM, which asks vcpu_run_check how it ended.
                vcpu.HaltResult = result;
                vcpu.Halt.Assert(ref batch);
            }
        }

        batch.Deliver();
        return result;
    }

    /// <summary>
    /// vcpu_run_check (0x6068): vcpu_run's answer for <paramref name="vcpu"/> without running it — for a halted vCPU
    /// what vcpu_run reported when it halted; otherwise its scheduler state. BUSY while it runs; OBJECT_STATE for a
    /// vCPU that was killed rather than halted by its own stop.
    /// </summary>
    public VcpuRunResult VcpuRunCheck(Vcpu vcpu)
    {
        ArgumentNullException.ThrowIfNull(vcpu);
        lock (Sync)
        {
            if (vcpu.HaltResult is { } halted)
                return halted;
            return vcpu.StateLocked switch
            {
                VcpuState.Halted => Refused(HypError.ObjectState),
                VcpuState.Running => Refused(HypError.Busy),
                VcpuState.PoweredOff => new VcpuRunResult(HypError.Ok, VcpuRunState.PoweredOff, vcpu.PowerOffFlags),
                VcpuState.ExpectsWakeup => new VcpuRunResult(HypError.Ok, VcpuRunState.ExpectsWakeup, vcpu.SleepType),
                VcpuState.Blocked => new VcpuRunResult(HypError.Ok, VcpuRunState.Blocked),
                _ => new VcpuRunResult(HypError.Ok, VcpuRunState.Ready),
            };
        }
    }

    // Stops after which the vCPU never runs again by itself: a fault, a system reset/off, a terminating power-off.
    private static bool EndsVcpu(in VcpuStop stop) => stop.Kind switch
    {
        VcpuStopKind.Fault or VcpuStopKind.SystemReset => true,
        VcpuStopKind.PowerOff => (stop.Value & 1) != 0,
        _ => false,
    };

    private static VcpuRunResult Refused(HypError error) => new(error, VcpuRunState.Ready);

    /// <summary>Turns an engine's stop into the vCPU's next state and vcpu_run's result.</summary>
    private static VcpuRunResult Stopped(Vcpu vcpu, VcpuStop stop)
    {
        if (vcpu.StateLocked == VcpuState.Halted || !vcpu.Owner.AliveLocked)
        {
            vcpu.StateLocked = VcpuState.Halted; // Killed while it ran.
            return new VcpuRunResult(HypError.Ok, VcpuRunState.PoweredOff, 1);
        }

        vcpu.StateLocked = VcpuState.Ready;
        switch (stop.Kind)
        {
            case VcpuStopKind.WaitForInterrupt or VcpuStopKind.Suspend:
                vcpu.SleepType = stop.Kind == VcpuStopKind.Suspend ? stop.Value : 0;
                if (vcpu.Owner.HasPendingLocked || vcpu.KickedLocked)
                {
                    vcpu.KickedLocked = false;
                    return new VcpuRunResult(HypError.Ok, VcpuRunState.Ready); // An interrupt is already pending: no sleep.
                }

                vcpu.StateLocked = VcpuState.ExpectsWakeup;
                return new VcpuRunResult(HypError.Ok, VcpuRunState.ExpectsWakeup, vcpu.SleepType);
            case VcpuStopKind.PowerOff:
                vcpu.StateLocked = VcpuState.PoweredOff;
                vcpu.PowerOffFlags = stop.Value;
                return new VcpuRunResult(HypError.Ok, VcpuRunState.PoweredOff, stop.Value);
            case VcpuStopKind.Blocked:
                vcpu.StateLocked = VcpuState.Blocked; // Runnable again on the next vcpu_run.
                return new VcpuRunResult(HypError.Ok, VcpuRunState.Blocked);
            case VcpuStopKind.MmioRead:
                vcpu.PendingMmio = VcpuStopKind.MmioRead;
                return new VcpuRunResult(HypError.Ok, VcpuRunState.AddressSpaceVmmioRead, stop.Address, (ulong)stop.Size);
            case VcpuStopKind.MmioWrite:
                vcpu.PendingMmio = VcpuStopKind.MmioWrite;
                return new VcpuRunResult(HypError.Ok, VcpuRunState.AddressSpaceVmmioWrite, stop.Address, (ulong)stop.Size, stop.Value);
            case VcpuStopKind.PageFault:
                return new VcpuRunResult(HypError.Ok, VcpuRunState.AddressSpacePageFault, stop.Address, stop.Value);
            case VcpuStopKind.Fault:
                vcpu.StateLocked = VcpuState.Halted;
                return new VcpuRunResult(HypError.Ok, VcpuRunState.Fault);
            case VcpuStopKind.SystemReset:
                vcpu.StateLocked = VcpuState.Halted;
                return new VcpuRunResult(HypError.Ok, VcpuRunState.PsciSystemReset, stop.Value, stop.Address);
            default:
                return new VcpuRunResult(HypError.Ok, VcpuRunState.Ready);
        }
    }
}
