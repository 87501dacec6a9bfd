using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.GuestToolkit;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Vmm;
using static Gunyah.Conformance.Catalogue.Expected;
using static Gunyah.Conformance.Catalogue.ExpectedOutcomes;
using static Gunyah.Conformance.Catalogue.Generations;
using static Gunyah.Sdk.Errno;
using static Gunyah.Sdk.GuestToolkit.HoldingCellGuest;

namespace Gunyah.Conformance.Clauses;

/// <summary>
/// VCPU_RUN with guest code: the holding-cell guest makes one access or call at a time and the clause checks the exit
/// it produces (gunyah-uapi.md §5.4 VCPU_RUN, §6.4; gunyah-rm.md §5.2 exit types).
/// </summary>
internal static class VcpuGuestClauses
{
    private const string MmioSource = "gunyah-uapi.md §5.4 VCPU_RUN (MMIO read, MMIO write), §6.1 run page";
    private const string StatusSource = "gunyah-uapi.md §5.4 VCPU_RUN (VM not RUNNING → STATUS), §6.1 status exit; gunyah-rm.md §5.2 exit types, vCPU halt mapping";
    private const string ResumeSource = "gunyah-uapi.md §6.4 VCPU_RUN (MMIO resume_action), §6.1 run page";
    private const string IrqfdSource = "gunyah-uapi.md §5.4 irqfd bind (a signal rings the doorbell its label names); gunyah-rm.md §6.4 doorbell send (the bound vIRQ fires); the devicetree's doorbell vdevice (its SPI)";
    private const string IoeventfdSource = "gunyah-uapi.md §5.4 VCPU_RUN (MMIO write offered to ioeventfd first), ioeventfd bind";
    private const ulong Pattern = 0x8877_6655_4433_2211;

    public static IEnumerable<Clause> All()
    {
        yield return Guest("vcpu-run.mmio-read-exit", "A guest load from an address with nothing behind it ends RUN with an MMIO exit giving the address, the access length and is_write 0; the data the VMM puts in the run page is what the load returns.", MmioSource,
            context =>
            {
                var cell = HoldingCell.Start(context);
                cell.Send(HoldingCellGuest.Command.Read32, HoldingCell.DeviceAddress);
                var exit = cell.Vcpu.Run();
                var mmio = RequireAccess(exit, HoldingCell.DeviceAddress, 4, write: false);
                mmio.SetReadValue(0xA1B2_C3D4);
                return Reply(cell, 0xA1B2_C3D4, "the guest's 32-bit load");
            });

        yield return Guest("vcpu-run.mmio-write-exit", "A guest store to an address with nothing behind it ends RUN with an MMIO exit giving the address, the access length, is_write 1 and the stored bytes.", MmioSource,
            context =>
            {
                var cell = HoldingCell.Start(context);
                cell.Send(HoldingCellGuest.Command.Write16, HoldingCell.DeviceAddress + 6, 0xBEEF_CAFE_1234_5678);
                var exit = cell.Vcpu.Run();
                var mmio = RequireAccess(exit, HoldingCell.DeviceAddress + 6, 2, write: true);
                ClauseContext.Require(mmio.Value == 0x5678, $"the exit's data is 0x{mmio.Value:X}, not the stored halfword 0x5678");
                return Resumes(cell);
            });

        yield return Guest("vcpu-run.mmio-access-widths", "Byte, halfword, word and doubleword loads give MMIO exits of length 1, 2, 4 and 8, and each load returns exactly the first length bytes of the run page's data.", MmioSource,
            context =>
            {
                var cell = HoldingCell.Start(context);
                (uint Command, int Length)[] widths = [(HoldingCellGuest.Command.Read8, 1), (HoldingCellGuest.Command.Read16, 2), (HoldingCellGuest.Command.Read32, 4), (HoldingCellGuest.Command.Read64, 8)];
                foreach (var (command, length) in widths)
                {
                    cell.Send(command, HoldingCell.DeviceAddress + 8);
                    var exit = cell.Vcpu.Run();
                    RequireAccess(exit, HoldingCell.DeviceAddress + 8, length, write: false).SetReadValue(Pattern);
                    var mask = length == 8 ? ulong.MaxValue : (1UL << (8 * length)) - 1;
                    ClauseContext.RequireSuccess(Reply(cell, Pattern & mask, $"the guest's {length}-byte load"), "the load");
                }

                return 0;
            });

        yield return Guest("vcpu-run.mmio-read-extension", "Data returned for an MMIO load reaches the guest register with the load's extension: LDRSB, LDRSH and LDRSW sign-extend to 64 bits, LDR Wt zero-extends.", MmioSource,
            context =>
            {
                var cell = HoldingCell.Start(context);
                (uint Command, ulong Data, ulong Register)[] probes =
                [
                    (HoldingCellGuest.Command.ProbeSignedByte, 0x80, 0xFFFF_FFFF_FFFF_FF80),
                    (HoldingCellGuest.Command.ProbeSignedHalf, 0x8001, 0xFFFF_FFFF_FFFF_8001),
                    (HoldingCellGuest.Command.ProbeSignedWord, 0x8000_0002, 0xFFFF_FFFF_8000_0002),
                    (HoldingCellGuest.Command.ProbeWord, 0x8000_0003, 0x8000_0003),
                ];
                foreach (var (command, data, register) in probes)
                {
                    cell.Send(command);
                    cell.Supply(ProbeRegister, data);
                    ClauseContext.RequireSuccess(Reply(cell, register, $"probe 0x{command:X2}"), "the probe");
                }

                return 0;
            });

        yield return Guest("vcpu-run.guest-exceptions-stay-in-guest", "An undefined instruction is taken by the guest's own exception vector (EC 0 in ESR_EL1); RUN does not return for it.", "gunyah-uapi.md §5.4 VCPU_RUN (only MMIO and status reach the VMM); Arm ARM D1 exception entry",
            context =>
            {
                var cell = HoldingCell.Start(context);
                cell.Send(HoldingCellGuest.Command.Undefined);
                var (syndrome, _) = cell.TakeFault();
                ClauseContext.Require(syndrome >> 26 == 0, $"the guest saw ESR_EL1 0x{syndrome:X} (EC 0x{syndrome >> 26:X}), not EC 0 for an undefined instruction");
                return Resumes(cell);
            });

        yield return Guest("vcpu-run.psci-version-in-hypervisor", "PSCI VERSION over HVC is answered by the hypervisor (PSCI 1.0 or later) without an exit to the VMM.", "gunyah-rm.md §6 (the hypervisor's PSCI); gunyah-uapi.md §5.4 VCPU_RUN",
            context =>
            {
                var cell = HoldingCell.Start(context);
                var version = cell.Call(HoldingCellGuest.Command.Hvc, A64Assembler.Psci.Version);
                ClauseContext.Require(version is >= 0x1_0000 and <= 0x7FFF_FFFF, $"PSCI VERSION returned 0x{version:X}, not a version 1.0 or later");
                return 0;
            });

        yield return Status("vcpu-run.system-off-status-exit", "PSCI SYSTEM_OFF from the guest ends RUN with a STATUS exit: status EXITED, exit type PLATFORM_OFF.",
            A64Assembler.Psci.SystemOff, GhRmVmExitType.PlatformOff);

        yield return Status("vcpu-run.system-reset-status-exit", "PSCI SYSTEM_RESET from the guest ends RUN with a STATUS exit: status EXITED, exit type PLATFORM_RESET (a plain reset, not SYSTEM_RESET2).",
            A64Assembler.Psci.SystemReset, GhRmVmExitType.PlatformReset);

        yield return new Clause("vcpu-run.status-exit-repeats", "After a STATUS exit every later RUN returns at once with the same STATUS exit.", StatusSource, In(WithFunctions, Success),
            context =>
            {
                var cell = HoldingCell.Start(context);
                cell.Send(HoldingCellGuest.Command.Hvc, A64Assembler.Psci.SystemOff);
                for (var run = 0; run < 3; run++)
                {
                    var exit = cell.Vcpu.Run();
                    RequireExited(exit, GhRmVmExitType.PlatformOff, $"RUN {run + 1} after SYSTEM_OFF");
                }

                return 0;
            })
        { Requires = VmCapabilities.Functions | VmCapabilities.StatusExit };

        yield return Guest("vcpu-run.irqfd-reaches-guest-irq", "A write to an irqfd's eventfd reaches guest code: the guest, waiting in WFI with its doorbell's SPI enabled in the GIC, takes the IRQ and acknowledges that INTID.", IrqfdSource,
            context =>
            {
                const uint Label = 7, Spi = 10;
                var eventFd = context.EventFd();
                var cell = HoldingCell.Start(context,
                    [new GunyahDoorbellVdevice("irqfd-bell") { Label = Label, Interrupt = GicInterrupt.Spi(Spi) }],
                    vm => vm.AddFunction(new IrqfdFunction(eventFd, Label)));
                var intid = cell.AwaitInterrupt(32 + Spi, () => eventFd.Signal(1), TimeSpan.FromSeconds(3));
                ClauseContext.Require(intid == 32 + Spi, $"the guest acknowledged INTID {intid}, not its doorbell's SPI ({32 + Spi})");
                return 0;
            });
        yield return Guest("vcpu-run.ioeventfd-takes-write", "A guest store matching a registered ioeventfd is completed in the kernel: the eventfd is signalled and RUN does not return for it.", IoeventfdSource,
            context =>
            {
                var (cell, eventFd) = WithIoeventfd(context);
                cell.Send(HoldingCellGuest.Command.Write32, HoldingCell.DeviceAddress, 7);
                cell.Send(HoldingCellGuest.Command.Loopback, 1); // the next exit is the guest reading its channel again
                ClauseContext.Require(cell.TakeReply() == 1, "the loopback after the store failed");
                ClauseContext.Require(eventFd.TryRead(out var count) && count == 1, "the ioeventfd was not signalled once by the matching store");
                return 0;
            });

        yield return Guest("vcpu-run.ioeventfd-datamatch-miss-exits", "A guest store to an ioeventfd's address whose value does not match its datamatch is not taken by it: RUN returns an MMIO write exit and the eventfd stays unsignalled.", IoeventfdSource,
            context =>
            {
                var (cell, eventFd) = WithIoeventfd(context);
                cell.Send(HoldingCellGuest.Command.Write32, HoldingCell.DeviceAddress, 8);
                var exit = cell.Vcpu.Run();
                var mmio = RequireAccess(exit, HoldingCell.DeviceAddress, 4, write: true);
                ClauseContext.Require(mmio.Value == 8, $"the exit's data is {mmio.Value}, not the stored 8");
                ClauseContext.Require(!eventFd.TryRead(out _), "the ioeventfd was signalled by a store its datamatch does not match");
                return Resumes(cell);
            });

        yield return Resume("vcpu-run.mmio-resume-preset-handled", "The kernel presets an MMIO exit's resume_action to HANDLED.", Success,
            (cell, exit) =>
            {
                var mmio = exit.Mmio;
                ClauseContext.Require(mmio.ResumeAction == VcpuResumeAction.Handled, $"resume_action reads {(byte)mmio.ResumeAction}, not HANDLED (0)");
                mmio.SetReadValue(5);
                return Reply(cell, 5, "the handled load");
            });

        yield return Resume("vcpu-run.mmio-resume-fault", "Resume action FAULT injects a data abort into the guest (its handler sees EC 0x24 or 0x25) instead of completing the load.", Success,
            (cell, exit) =>
            {
                var mmio = exit.Mmio;
                mmio.ResumeAction = VcpuResumeAction.Fault;
                var (syndrome, _) = cell.TakeFault();
                var ec = syndrome >> 26;
                ClauseContext.Require(ec is 0x24 or 0x25, $"the guest saw ESR_EL1 0x{syndrome:X} (EC 0x{ec:X}), not a data abort");
                cell.TakeReply(); // the handler skipped the load; the guest replies with whatever X1 held
                return Resumes(cell);
            });

        yield return Resume("vcpu-run.mmio-resume-retry", "Resume action RETRY re-executes the access: the next RUN returns the same MMIO exit again, which HANDLED then completes.", Success,
            (cell, exit) =>
            {
                var mmio = exit.Mmio;
                mmio.ResumeAction = VcpuResumeAction.Retry;
                var again = cell.Vcpu.Run();
                RequireAccess(again, HoldingCell.DeviceAddress, 4, write: false).SetReadValue(0x77);
                return Reply(cell, 0x77, "the retried load");
            });

        yield return Resume("vcpu-run.mmio-resume-invalid", "A resume_action other than HANDLED, FAULT and RETRY makes the next RUN fail with EINVAL; the exit stays pending, so HANDLED afterwards completes the load.", Fails(EINVAL),
            (cell, exit) =>
            {
                var mmio = exit.Mmio;
                mmio.ResumeAction = (VcpuResumeAction)3;
                var result = ClauseContext.Result(() => _ = cell.Vcpu.Run());
                if (result == -EINVAL)
                {
                    // Nothing moved: the exit is still in the run page, and HANDLED now completes the load.
                    mmio.ResumeAction = VcpuResumeAction.Handled;
                    mmio.SetReadValue(0x99);
                    ClauseContext.RequireSuccess(Reply(cell, 0x99, "the load completed after the refused RUN"), "the load");
                }

                return result;
            });
    }

    private static Clause Guest(string id, string behaviour, string source, ClauseCheck check) =>
        new(id, behaviour, source, In(WithFunctions, Success), check) { Requires = VmCapabilities.Functions };

    private static Clause Status(string id, string behaviour, uint psciFunction, GhRmVmExitType exitType) =>
        new(id, behaviour, StatusSource, In(WithFunctions, Success),
            context =>
            {
                var cell = HoldingCell.Start(context);
                cell.Send(HoldingCellGuest.Command.Hvc, psciFunction);
                var exit = cell.Vcpu.Run();
                RequireExited(exit, exitType, $"RUN after PSCI 0x{psciFunction:X8}");
                return 0;
            })
        { Requires = VmCapabilities.Functions | VmCapabilities.StatusExit };

    // A clause about what the VMM sets in an MMIO read exit's resume_action (v17 on): the guest is stopped at a
    // 32-bit load from the device address when the body runs.
    private static Clause Resume(string id, string behaviour, Expected expected, Func<HoldingCellHost, VcpuExit, int> body) =>
        new(id, behaviour, ResumeSource, In(Generations.Gunyah, expected),
            context =>
            {
                var cell = HoldingCell.Start(context);
                cell.Send(HoldingCellGuest.Command.Read32, HoldingCell.DeviceAddress);
                var exit = cell.Vcpu.Run();
                RequireAccess(exit, HoldingCell.DeviceAddress, 4, write: false);
                return body(cell, exit);
            })
        { Requires = VmCapabilities.Functions | VmCapabilities.ResumeActions };

    private static (HoldingCellHost Cell, EventFd EventFd) WithIoeventfd(ClauseContext context)
    {
        var cell = HoldingCell.Start(context);
        var eventFd = context.EventFd(EventFdFlags.CloseOnExec | EventFdFlags.NonBlocking); // an unsignalled read must not block
        cell.Vcpu.Vm.AddFunction(new IoeventfdFunction(eventFd, HoldingCell.DeviceAddress, 4, DataMatch: 7));
        return (cell, eventFd);
    }

    private static MmioExit RequireAccess(in VcpuExit exit, ulong address, int length, bool write)
    {
        ClauseContext.Require(exit.Reason == VcpuExitReason.Mmio, $"RUN returned a {exit.Reason} exit, not MMIO");
        var mmio = exit.Mmio;
        ClauseContext.Require(mmio.Address == address && mmio.Length == length && mmio.IsWrite == write,
            $"the MMIO exit is a {mmio.Length}-byte {(mmio.IsWrite ? "write" : "read")} at 0x{mmio.Address:X}, not a {length}-byte {(write ? "write" : "read")} at 0x{address:X}");
        return mmio;
    }

    private static void RequireExited(in VcpuExit exit, GhRmVmExitType exitType, string what)
    {
        ClauseContext.Require(exit.Reason == VcpuExitReason.Status, $"{what} returned a {exit.Reason} exit, not STATUS");
        var status = exit.Status;
        ClauseContext.Require(status.Status == VmStatus.Exited, $"{what}: status {status.Status}, not EXITED");
        ClauseContext.Require(status.ExitType == (ushort)exitType, $"{what}: exit type {status.ExitType}, not {exitType} ({(ushort)exitType})");
    }

    // The guest's reply must be `expected`: 0, or a violation naming `what`.
    private static int Reply(HoldingCellHost cell, ulong expected, string what)
    {
        var reply = cell.TakeReply();
        ClauseContext.Require(reply == expected, $"{what} gave the guest 0x{reply:X}, not 0x{expected:X}");
        return 0;
    }

    // The guest goes on serving commands after the exit under test.
    private static int Resumes(HoldingCellHost cell)
    {
        ClauseContext.Require(cell.Loopback(0x5EED) == 0x5EED, "the guest did not go on serving commands");
        return 0;
    }
}
