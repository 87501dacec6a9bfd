using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.GuestToolkit;
using Gunyah.Sdk.Reference.Engine;
using Gunyah.Sdk.Reference.Tests.Assembled;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;
using static Gunyah.Sdk.GuestToolkit.A64Assembler;
using static Gunyah.Sdk.GuestToolkit.A64Register;

namespace Gunyah.Sdk.Reference.Tests.Engine;

/// <summary>
/// An interrupt from the VMM reaches guest code: the guest programs the virtual GICv3 at the devicetree's addresses
/// (distributor enable, SPI enable, priority, route, redistributor wake, ICC_PMR/IGRPEN1), unmasks IRQs and sleeps
/// in WFI — RUN blocks; the VMM writes an irqfd's eventfd from another thread; the doorbell's vIRQ wakes the vCPU,
/// which takes the IRQ at VBAR_EL1 + 0x280, reads the INTID from ICC_IAR1_EL1, ends it with ICC_EOIR1_EL1 and
/// reports it over MMIO.
/// </summary>
public sealed class IrqfdInterruptFullStackTests
{
    private const ulong Report = 0x9000_0000;
    private const uint Spi = 10; // INTID 42.
    private const uint Label = 7;
    private const ulong Distributor = 0x3FFF_0000;
    private const ulong Redistributor = Distributor - 0x2_0000;

    private static byte[] Guest()
    {
        var asm = new A64Assembler();
        var main = asm.NewLabel();
        var vectors = asm.NewLabel();
        var sleep = asm.NewLabel();
        var count = asm.NewLabel();
        const uint intid = 32 + Spi;

        // The image starts 2 KiB-aligned: a branch, then the vector table at +0x800 (VBAR_EL1 needs that alignment);
        // only its IRQ entry for "current EL with SP_ELx" (+0x280) is used.
        asm.B(main);
        for (var i = 1; i < 0x800 / 4; i++)
            asm.Word(0);
        asm.Bind(vectors);
        for (var i = 0; i < 0x280 / 4; i++)
            asm.Word(0);
        asm.Word(0xD538CC06) // mrs x6, icc_iar1_el1
            .Store(Access.Double, X(6), X(10), 8)
            .Word(0xD518CC26) // msr icc_eoir1_el1, x6
            .Load(Access.Double, X(5), X(10)).AddImmediate(X(5), X(5), 1).Store(Access.Double, X(5), X(10))
            .Eret();

        asm.Bind(main).Adr(X(0), vectors).Msr(A64SystemRegister.VbarEl1, X(0))
            .Mov(X(1), Distributor)
            .Mov(W(2), 2).Store(Access.Word, W(2), X(1), 0) // GICD_CTLR.EnableGrp1NS
            .Mov(W(2), 1u << (int)(intid % 32)).Store(Access.Word, W(2), X(1), 0x100 + 4 * (intid / 32)) // ISENABLER1
            .Mov(W(2), 0x80).Store(Access.Byte, W(2), X(1), 0x400 + intid) // IPRIORITYR
            .Mov(X(2), 0).Store(Access.Double, X(2), X(1), 0x6000 + 8 * intid) // IROUTER: vCPU 0
            .Mov(X(1), Redistributor).Store(Access.Word, Wzr, X(1), 0x14) // GICR_WAKER: awake
            .Mov(X(2), 0xF0).Word(0xD5184602) // msr icc_pmr_el1, x2
            .Mov(X(2), 1).Word(0xD518CCE2) // msr icc_igrpen1_el1, x2
            .Adr(X(10), count)
            .Mov(X(9), Report).Mov(X(2), 1).Store(Access.Double, X(2), X(9)) // "ready"
            .Word(0xD50342FF); // msr daifclr, #2
        asm.Bind(sleep).Wfi().Load(Access.Double, X(5), X(10)).Cbz(X(5), sleep)
            .Store(Access.Double, X(5), X(9), 8).Load(Access.Double, X(6), X(10), 8).Store(Access.Double, X(6), X(9), 16)
            .Word(0xD538CC47).Store(Access.Double, X(7), X(9), 24) // mrs x7, icc_hppir1_el1: nothing pending now (1023)
            .PsciCall(Psci.SystemOff).Udf();
        asm.Bind(count).Word(0).Word(0).Word(0).Word(0); // The count, the last INTID.
        return asm.Build();
    }

    private static byte[] DeviceTree() => new GunyahVmDeviceTreeBuilder(new GunyahVmDeviceTreeOptions
    {
        MemoryBase = AssembledVm.Base,
        MemorySize = AssembledVm.RamSize,
        GicDistributorBase = Distributor,
        Vdevices = [new GunyahDoorbellVdevice("bell") { Label = Label, Interrupt = GicInterrupt.Spi(Spi) }],
    }).Build().ToArray();

    [Theory]
    [InlineData("v17")]
    [InlineData("android14-6.1")]
    public async Task An_irqfd_signalled_while_the_guest_sleeps_in_WFI_reaches_its_IRQ_vector(string generation)
    {
        A64VcpuEngine? engine = null;
        await using var host = ReferenceHost.Start(AbiProfiles.Find(generation)!, (_, index) => engine = new A64VcpuEngine((int)index));
        using var device = host.OpenDevice();
        using var eventFd = device.CreateEventFd();
        using var machine = new GuestVm(host, Guest(), deviceTree: DeviceTree(), functions: vm => vm.AddFunction(new IrqfdFunction(eventFd, Label)));
        var (status, reports) = Drive(machine.Vcpu, eventFd);

        Assert.Equal((VmStatus.Exited, (ushort)GhRmVmExitType.PlatformOff), status);
        Assert.Equal(1UL, reports[8]); // One interrupt taken…
        Assert.Equal(32UL + Spi, reports[16]); // …the doorbell's SPI…
        Assert.Equal(1023UL, reports[24]); // …and nothing left pending.
        Assert.Equal(1, engine!.Cpu.InterruptsTaken);
        Assert.Equal(0, engine.Cpu.UndefinedInstructions);
    }

    // Runs the guest to "ready", rings the irqfd from another thread while RUN sleeps in the guest's WFI, and runs
    // on to the STATUS exit, collecting the reports.
    private static ((VmStatus, ushort) Status, Dictionary<ulong, ulong> Reports) Drive(GunyahVcpu vcpu, EventFd eventFd)
    {
        var exit = vcpu.Run();
        Assert.Equal((VcpuExitReason.Mmio, Report, 1UL), (exit.Reason, exit.Mmio.Address, exit.Mmio.Value)); // "ready"
        using var ring = Task.Run(async () =>
        {
            await Task.Delay(100); // RUN is by then asleep in the guest's WFI.
            eventFd.Signal(1);
        });

        var reports = new Dictionary<ulong, ulong>();
        while ((exit = vcpu.Run()).Reason == VcpuExitReason.Mmio)
            reports[exit.Mmio.Address - Report] = exit.Mmio.Value;
        ring.Wait();
        return ((exit.Status.Status, exit.Status.ExitType), reports);
    }
}
