using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Tests.Hypervisor;

/// <summary>
/// The vCPU halt interrupt and vcpu_run_check (fact sheet §6.5): a stop that ends the vCPU (fault, PSCI system
/// reset/off, terminating power-off) asserts the halt vIRQ bound in the RM's VM once; vcpu_run_check then answers
/// what vcpu_run reported, without running the engine.
/// </summary>
public class VcpuHaltTests
{
    private const uint WakeupVirq = 90, HaltVirq = 64;

    private readonly ReferenceHypervisor hyp = new();
    private readonly RecordingVirqSink rmSink = new();
    private readonly HypervisorVm host, rm, guest;

    public VcpuHaltTests()
    {
        host = hyp.NewVm(3);
        rm = hyp.NewVm(ReferenceHypervisor.RmVmid, rmSink);
        guest = hyp.NewVm(0x80);
    }

    private (Vcpu Vcpu, ulong Cap) NewVcpu(ScriptedVcpuEngine engine)
    {
        Assert.Equal(HypError.Ok, hyp.CreateVcpu(guest, 0, engine, out var vcpu));
        var cap = hyp.GrantCap(host, vcpu!);
        hyp.Release(vcpu!);
        Assert.Equal(HypError.Ok, hyp.BindVirq(vcpu!, VirqSourceKind.VcpuWakeup, host, WakeupVirq));
        Assert.Equal(HypError.Ok, hyp.BindVirq(vcpu!, VirqSourceKind.VcpuHalt, rm, HaltVirq));
        Assert.Equal(HypError.Ok, hyp.VcpuPowerOn(vcpu!, 0x8000_0000, 0));
        return (vcpu!, cap);
    }

    private VcpuRunResult Run(ulong cap) => host.Hypercalls.VcpuRun(cap, 0, 0, 0);

    public static TheoryData<VcpuStop> Ending => new()
    {
        VcpuStop.Fault(),
        VcpuStop.SystemReset(0x8000_0000_0000_0000, 7),
        VcpuStop.SystemReset(0x4000_0000_0000_0001, 0x1_0000_0002),
        VcpuStop.PowerOff(exited: true),
    };

    [Theory]
    [MemberData(nameof(Ending))]
    public void A_stop_that_ends_the_vCPU_asserts_its_halt_vIRQ_once_and_run_check_repeats_the_result(VcpuStop stop)
    {
        var engine = new ScriptedVcpuEngine(stop, VcpuStop.Yield());
        var (vcpu, cap) = NewVcpu(engine);

        var ran = Run(cap);

        Assert.Equal(1, rmSink.Asserts(HaltVirq));
        Assert.Equal(ran, hyp.VcpuRunCheck(vcpu));
        Assert.Equal(ran, hyp.VcpuRunCheck(vcpu));
        Assert.Equal(1, engine.StepsRun);
        Assert.Equal(1, rmSink.Asserts(HaltVirq));
    }

    public static TheoryData<VcpuStop> NotEnding => new()
    {
        VcpuStop.Yield(),
        VcpuStop.WaitForInterrupt(),
        VcpuStop.PowerOff(),
        VcpuStop.MmioRead(0x9000_0000, 4),
        VcpuStop.PageFault(0x9000_0000, write: false),
        VcpuStop.Blocked(),
    };

    [Theory]
    [MemberData(nameof(NotEnding))]
    public void Stops_the_vCPU_comes_back_from_leave_the_halt_vIRQ_alone(VcpuStop stop)
    {
        var (vcpu, cap) = NewVcpu(new ScriptedVcpuEngine(stop, VcpuStop.Yield()));

        Run(cap);

        Assert.Equal(0, rmSink.Asserts(HaltVirq));
        Assert.Equal(HypError.Ok, hyp.VcpuRunCheck(vcpu).Error);
    }

    [Fact]
    public void Run_check_reports_the_scheduler_state_of_a_vCPU_that_has_not_halted()
    {
        var (vcpu, cap) = NewVcpu(new ScriptedVcpuEngine(VcpuStop.WaitForInterrupt(), VcpuStop.Suspend(0x33), VcpuStop.PowerOff()));

        Assert.Equal(new VcpuRunResult(HypError.Ok, VcpuRunState.Ready), hyp.VcpuRunCheck(vcpu));
        Run(cap);
        Assert.Equal(new VcpuRunResult(HypError.Ok, VcpuRunState.ExpectsWakeup, 0), hyp.VcpuRunCheck(vcpu));
        hyp.RaiseVirq(guest, 40); // Wakes it.
        Run(cap);
        Assert.Equal(new VcpuRunResult(HypError.Ok, VcpuRunState.Ready), hyp.VcpuRunCheck(vcpu)); // The vIRQ was pending: no sleep.
        Run(cap);
        Assert.Equal(new VcpuRunResult(HypError.Ok, VcpuRunState.PoweredOff, 0), hyp.VcpuRunCheck(vcpu));
    }

    [Fact]
    public void Powering_a_terminated_vCPU_on_again_forgets_its_halt()
    {
        var (vcpu, cap) = NewVcpu(new ScriptedVcpuEngine(VcpuStop.PowerOff(exited: true), VcpuStop.PowerOff(exited: true)));
        Run(cap);
        Assert.Equal(VcpuRunState.PoweredOff, hyp.VcpuRunCheck(vcpu).State);

        Assert.Equal(HypError.Ok, hyp.VcpuPowerOn(vcpu, 0x8000_0000, 0));
        Assert.Equal(new VcpuRunResult(HypError.Ok, VcpuRunState.Ready), hyp.VcpuRunCheck(vcpu));
        Run(cap);
        Assert.Equal(2, rmSink.Asserts(HaltVirq));
    }

    [Fact]
    public void A_vCPU_killed_with_its_VM_was_not_halted_by_its_own_stop_so_run_check_is_OBJECT_STATE()
    {
        var (vcpu, _) = NewVcpu(new ScriptedVcpuEngine(VcpuStop.Yield()));
        hyp.DestroyVm(guest);
        Assert.Equal(HypError.ObjectState, hyp.VcpuRunCheck(vcpu).Error);
        Assert.Equal(0, rmSink.Asserts(HaltVirq));
    }

    [Fact]
    public void Binding_the_halt_vIRQ_twice_is_VIRQ_BOUND()
    {
        var (vcpu, _) = NewVcpu(new ScriptedVcpuEngine());
        Assert.Equal(HypError.VirqBound, hyp.BindVirq(vcpu, VirqSourceKind.VcpuHalt, rm, HaltVirq + 1));
        Assert.Equal(HypError.Ok, hyp.UnbindVirq(vcpu, VirqSourceKind.VcpuHalt));
        Assert.Equal(HypError.VirqNotBound, hyp.UnbindVirq(vcpu, VirqSourceKind.VcpuHalt));
    }
}
