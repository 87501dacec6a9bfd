using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Tests.Hypervisor;

/// <summary>vcpu_run with the scripted engine (fact sheet §6.5): stop reasons → states and data, resume values, wakeups.</summary>
public class VcpuRunTests
{
    private const uint WakeupVirq = 90, GuestDoorbellVirq = 33;

    private readonly ReferenceHypervisor hyp = new();
    private readonly RecordingVirqSink hostSink = new();
    private readonly HypervisorVm host, guest;

    public VcpuRunTests()
    {
        host = hyp.NewVm(3, hostSink);
        guest = hyp.NewVm(0x80);
    }

    private (Vcpu Vcpu, ulong Cap) NewVcpu(IVcpuEngine engine, bool bind = true, bool powerOn = true)
    {
        Assert.Equal(HypError.Ok, hyp.CreateVcpu(guest, 0, engine, out var vcpu));
        var cap = hyp.GrantCap(host, vcpu!);
        hyp.Release(vcpu!);
        if (bind)
            Assert.Equal(HypError.Ok, hyp.BindVirq(vcpu!, VirqSourceKind.VcpuWakeup, host, WakeupVirq));
        if (powerOn)
            Assert.Equal(HypError.Ok, hyp.VcpuPowerOn(vcpu!, 0x8000_0000, 0x4000_0000));
        return (vcpu!, cap);
    }

    private VcpuRunResult Run(ulong cap, ulong resume0 = 0, ulong resume1 = 0) => host.Hypercalls.VcpuRun(cap, resume0, resume1, 0);

    public static TheoryData<VcpuStop, VcpuRunState, ulong, ulong, ulong> Stops => new()
    {
        { VcpuStop.Yield(), VcpuRunState.Ready, 0, 0, 0 },
        { VcpuStop.WaitForInterrupt(), VcpuRunState.ExpectsWakeup, 0, 0, 0 },
        { VcpuStop.Suspend(0x10033), VcpuRunState.ExpectsWakeup, 0x10033, 0, 0 },
        { VcpuStop.PowerOff(), VcpuRunState.PoweredOff, 0, 0, 0 },
        { VcpuStop.PowerOff(exited: true), VcpuRunState.PoweredOff, 1, 0, 0 },
        { VcpuStop.Blocked(), VcpuRunState.Blocked, 0, 0, 0 },
        { VcpuStop.MmioRead(0x9000_0010, 4), VcpuRunState.AddressSpaceVmmioRead, 0x9000_0010, 4, 0 },
        { VcpuStop.MmioWrite(0x9000_0020, 8, 0xDEAD_BEEF_0BAD_F00D), VcpuRunState.AddressSpaceVmmioWrite, 0x9000_0020, 8, 0xDEAD_BEEF_0BAD_F00D },
        { VcpuStop.Fault(), VcpuRunState.Fault, 0, 0, 0 },
        { VcpuStop.PageFault(0x7000_1000, write: true), VcpuRunState.AddressSpacePageFault, 0x7000_1000, 1, 0 },
        { VcpuStop.SystemReset(0x8000_0000_0000_0000, 42), VcpuRunState.PsciSystemReset, 0x8000_0000_0000_0000, 42, 0 },
    };

    [Theory]
    [MemberData(nameof(Stops))]
    public void Each_stop_reason_maps_to_its_state_and_data(VcpuStop stop, VcpuRunState state, ulong d0, ulong d1, ulong d2)
    {
        var (_, cap) = NewVcpu(new ScriptedVcpuEngine(stop));
        Assert.Equal(new VcpuRunResult(HypError.Ok, state, d0, d1, d2), Run(cap));
    }

    [Fact]
    public void Poweron_hands_the_entry_and_context_to_the_engine_and_wakes_the_host()
    {
        var engine = new ScriptedVcpuEngine();
        var (vcpu, cap) = NewVcpu(engine);
        Assert.Equal([(0x8000_0000ul, 0x4000_0000ul)], engine.PowerOns);
        Assert.Equal(VcpuState.Ready, vcpu.State);
        Assert.Equal(1, hostSink.Asserts(WakeupVirq));
        Assert.Equal(HypError.ObjectState, hyp.VcpuPowerOn(vcpu, 0, 0));
        Assert.Equal(VcpuRunState.PoweredOff, Run(cap).State); // The script is empty: exits.
    }

    [Fact]
    public void Resume_words_reach_the_engine_after_an_MMIO_stop()
    {
        var engine = new ScriptedVcpuEngine(VcpuStop.MmioRead(0x9000_0000, 4), VcpuStop.MmioWrite(0x9000_0004, 4, 7), VcpuStop.Yield());
        var (_, cap) = NewVcpu(engine);

        Run(cap, 111, 222); // First run: nothing to resume; the words are ignored.
        Run(cap, 0x1234, (ulong)VmmioResumeAction.Emulate);
        Run(cap, 0, (ulong)VmmioResumeAction.Fault);

        Assert.Equal(
            [
                default,
                new VcpuResume(VcpuStopKind.MmioRead, 0x1234, VmmioResumeAction.Emulate),
                new VcpuResume(VcpuStopKind.MmioWrite, 0, VmmioResumeAction.Fault),
            ],
            engine.Resumes);
    }

    [Fact]
    public void A_resume_action_out_of_range_is_ARGUMENT_INVALID_and_the_MMIO_stays_pending()
    {
        var engine = new ScriptedVcpuEngine(VcpuStop.MmioRead(0x9000_0000, 1));
        var (_, cap) = NewVcpu(engine);
        Run(cap);
        Assert.Equal(HypError.ArgumentInvalid, Run(cap, 5, 3).Error);
        Run(cap, 5, (ulong)VmmioResumeAction.Retry);
        Assert.Equal(new VcpuResume(VcpuStopKind.MmioRead, 5, VmmioResumeAction.Retry), engine.Resumes[^1]);
    }

    [Fact]
    public void Without_a_wakeup_vIRQ_vcpu_run_is_BUSY()
    {
        var (_, cap) = NewVcpu(new ScriptedVcpuEngine(VcpuStop.Yield()), bind: false);
        Assert.Equal(HypError.Busy, Run(cap).Error);
    }

    [Fact]
    public void A_halted_vCPU_or_one_whose_VM_is_gone_is_OBJECT_STATE()
    {
        var (_, cap) = NewVcpu(new ScriptedVcpuEngine(VcpuStop.Fault()));
        Assert.Equal(VcpuRunState.Fault, Run(cap).State);
        Assert.Equal(HypError.ObjectState, Run(cap).Error);

        var other = new ReferenceHypervisor();
        var h = other.NewVm(3);
        var g = other.NewVm(0x81);
        Assert.Equal(HypError.Ok, other.CreateVcpu(g, 0, new ScriptedVcpuEngine(VcpuStop.Yield()), out var vcpu));
        var vcpuCap = other.GrantCap(h, vcpu!);
        other.BindVirq(vcpu!, VirqSourceKind.VcpuWakeup, h, WakeupVirq);
        other.VcpuPowerOn(vcpu!, 0, 0);
        other.DestroyVm(g);
        Assert.Equal(HypError.ObjectState, h.Hypercalls.VcpuRun(vcpuCap, 0, 0, 0).Error);
        Assert.Equal(VcpuState.Halted, vcpu!.State);
    }

    [Fact]
    public void A_powered_off_vCPU_reports_POWERED_OFF_without_running()
    {
        var engine = new ScriptedVcpuEngine(VcpuStop.Yield());
        var (_, cap) = NewVcpu(engine, powerOn: false);
        Assert.Equal(new VcpuRunResult(HypError.Ok, VcpuRunState.PoweredOff), Run(cap));
        Assert.Equal(0, engine.StepsRun);
    }

    [Fact]
    public void WFI_waits_until_a_doorbell_raise_wakes_the_vCPU_and_asserts_the_wakeup_vIRQ()
    {
        uint taken = 0;
        var engine = new ScriptedVcpuEngine(
            _ => VcpuStop.WaitForInterrupt(),
            context => context.TryTakePendingVirq(out taken) ? VcpuStop.Yield() : VcpuStop.Fault());
        var (vcpu, cap) = NewVcpu(engine);
        var doorbell = hyp.CreateDoorbell();
        var irqfdCap = hyp.GrantCap(host, doorbell, CapabilityRights.DoorbellSend);
        Assert.Equal(HypError.Ok, hyp.BindVirq(doorbell, VirqSourceKind.Doorbell, guest, GuestDoorbellVirq));
        hostSink.Clear();

        Assert.Equal(VcpuRunState.ExpectsWakeup, Run(cap).State);
        Assert.Equal(VcpuState.ExpectsWakeup, vcpu.State);
        Assert.Equal(VcpuRunState.ExpectsWakeup, Run(cap).State); // Still nothing pending: does not run.
        Assert.Equal(1, engine.StepsRun);
        Assert.Equal(0, hostSink.Asserts(WakeupVirq));

        Assert.Equal(HypError.Ok, host.Hypercalls.DoorbellSend(irqfdCap, 1, out _));
        Assert.Equal(1, hostSink.Asserts(WakeupVirq));
        Assert.Equal(VcpuState.Ready, vcpu.State);

        Assert.Equal(VcpuRunState.Ready, Run(cap).State);
        Assert.Equal(GuestDoorbellVirq, taken);
    }

    [Fact]
    public void WFI_with_an_interrupt_already_pending_does_not_sleep()
    {
        var (vcpu, cap) = NewVcpu(new ScriptedVcpuEngine(VcpuStop.WaitForInterrupt()));
        hyp.RaiseVirq(guest, 40);
        Assert.Equal(VcpuRunState.Ready, Run(cap).State);
        Assert.Equal(VcpuState.Ready, vcpu.State);
    }

    [Fact]
    public void An_engine_that_throws_is_a_FAULT_not_an_exception()
    {
        var (vcpu, cap) = NewVcpu(new ScriptedVcpuEngine(_ => throw new InvalidOperationException("bug")));
        Assert.Equal(VcpuRunState.Fault, Run(cap).State);
        Assert.IsType<InvalidOperationException>(vcpu.EngineFailure);
    }

    [Fact]
    public async Task A_second_concurrent_run_is_BUSY()
    {
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var (_, cap) = NewVcpu(new ScriptedVcpuEngine(_ =>
        {
            inside.Set();
            release.Wait();
            return VcpuStop.Yield();
        }));
        var first = Task.Run(() => Run(cap));
        Assert.True(inside.Wait(TimeSpan.FromSeconds(10)));
        Assert.Equal(HypError.Busy, Run(cap).Error);
        release.Set();
        Assert.Equal(VcpuRunState.Ready, (await first.WaitAsync(TimeSpan.FromSeconds(10))).State);
    }

    [Fact]
    public void Poweroff_stops_a_ready_vCPU()
    {
        var (vcpu, cap) = NewVcpu(new ScriptedVcpuEngine(VcpuStop.Yield()));
        Assert.Equal(HypError.Ok, hyp.VcpuPowerOff(vcpu));
        Assert.Equal(VcpuRunState.PoweredOff, Run(cap).State);
    }
}
