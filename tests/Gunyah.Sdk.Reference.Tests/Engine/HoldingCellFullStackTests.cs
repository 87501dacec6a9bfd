using Gunyah.Sdk.GuestToolkit;
using Gunyah.Sdk.Reference.Engine;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;
using static Gunyah.Sdk.GuestToolkit.HoldingCellGuest;

namespace Gunyah.Sdk.Reference.Tests.Engine;

/// <summary>
/// The holding-cell guest on the A64 engine, driven over its MMIO channel through the typed SDK: loopback,
/// zero- and sign-extending probes, a PSCI VERSION call, a console byte, an undefined instruction reported by the
/// handler, then SYSTEM_OFF.
/// </summary>
public sealed class HoldingCellFullStackTests
{
    [Theory]
    [InlineData("android14-6.1")]
    [InlineData("v17")]
    public async Task The_holding_cell_does_what_the_host_asks(string name)
    {
        await using var host = ReferenceHost.Start(AbiProfiles.Find(name)!, (_, index) => new A64VcpuEngine((int)index));
        using var machine = new GuestVm(host, HoldingCellGuest.Build());
        var vcpu = machine.Vcpu;
        var cell = new HoldingCellHost(vcpu);

        cell.Supply(CommandRegister, Command.Loopback);
        cell.Supply(ArgumentRegister, 0x1122_3344_5566_7788);
        Assert.Equal(0x1122_3344_5566_7788UL, cell.TakeWrite(ReplyRegister));

        cell.Supply(CommandRegister, Command.ProbeSignedByte);
        cell.Supply(ProbeRegister, 0x80);
        Assert.Equal(0xFFFF_FFFF_FFFF_FF80UL, cell.TakeWrite(ReplyRegister));
        cell.Supply(CommandRegister, Command.ProbeSignedHalf);
        cell.Supply(ProbeRegister, 0x8001);
        Assert.Equal(0xFFFF_FFFF_FFFF_8001UL, cell.TakeWrite(ReplyRegister));
        cell.Supply(CommandRegister, Command.ProbeSignedWord);
        cell.Supply(ProbeRegister, 0x8000_0002);
        Assert.Equal(0xFFFF_FFFF_8000_0002UL, cell.TakeWrite(ReplyRegister));
        cell.Supply(CommandRegister, Command.ProbeWord);
        cell.Supply(ProbeRegister, 0x8000_0003);
        Assert.Equal(0x8000_0003UL, cell.TakeWrite(ReplyRegister));

        cell.Supply(CommandRegister, Command.Hvc);
        cell.Supply(ArgumentRegister, A64Assembler.Psci.Version);
        Assert.InRange(cell.TakeWrite(ReplyRegister), 0x1_0000UL, 0x7FFF_FFFFUL); // PSCI 1.x or later, not an error code.

        cell.Supply(CommandRegister, Command.Console);
        cell.Supply(ArgumentRegister, 'A');
        Assert.Equal('A', (char)cell.TakeWrite(ConsoleRegister));

        cell.Supply(CommandRegister, Command.Undefined);
        Assert.Equal(0UL, cell.TakeWrite(FaultSyndromeRegister) >> 26); // EC 0: unknown reason (UDF).
        cell.TakeWrite(FaultAddressRegister);

        cell.Supply(CommandRegister, 0xDEAD);
        Assert.Equal(UnknownCommandReply, cell.TakeWrite(ReplyRegister));

        cell.Supply(CommandRegister, Command.Hvc);
        cell.Supply(ArgumentRegister, A64Assembler.Psci.SystemOff);
        var exit = vcpu.Run();
        Assert.Equal(VcpuExitReason.Status, exit.Reason);
        Assert.Equal(VmStatus.Exited, exit.Status.Status);
    }
}
