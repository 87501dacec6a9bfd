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
    private static void Supply(GunyahVcpu vcpu, ulong address, ulong value)
    {
        var exit = vcpu.Run();
        Assert.Equal(VcpuExitReason.Mmio, exit.Reason);
        Assert.Equal((address, false), (exit.Mmio.Address, exit.Mmio.IsWrite));
        var mmio = exit.Mmio;
        mmio.SetReadValue(value);
    }

    private static ulong Written(GunyahVcpu vcpu, ulong address)
    {
        var exit = vcpu.Run();
        Assert.Equal(VcpuExitReason.Mmio, exit.Reason);
        Assert.Equal((address, true), (exit.Mmio.Address, exit.Mmio.IsWrite));
        return exit.Mmio.Value;
    }

    [Theory]
    [InlineData("android14-6.1")]
    [InlineData("v17")]
    public async Task The_holding_cell_does_what_the_host_asks(string name)
    {
        await using var host = ReferenceHost.Start(AbiProfiles.Find(name)!, (_, index) => new A64VcpuEngine((int)index));
        using var machine = new GuestVm(host, HoldingCellGuest.Build());
        var vcpu = machine.Vcpu;

        Supply(vcpu, CommandRegister, Command.Loopback);
        Supply(vcpu, ArgumentRegister, 0x1122_3344_5566_7788);
        Assert.Equal(0x1122_3344_5566_7788UL, Written(vcpu, ReplyRegister));

        Supply(vcpu, CommandRegister, Command.ProbeSignedByte);
        Supply(vcpu, ProbeRegister, 0x80);
        Assert.Equal(0xFFFF_FFFF_FFFF_FF80UL, Written(vcpu, ReplyRegister));
        Supply(vcpu, CommandRegister, Command.ProbeSignedHalf);
        Supply(vcpu, ProbeRegister, 0x8001);
        Assert.Equal(0xFFFF_FFFF_FFFF_8001UL, Written(vcpu, ReplyRegister));
        Supply(vcpu, CommandRegister, Command.ProbeSignedWord);
        Supply(vcpu, ProbeRegister, 0x8000_0002);
        Assert.Equal(0xFFFF_FFFF_8000_0002UL, Written(vcpu, ReplyRegister));
        Supply(vcpu, CommandRegister, Command.ProbeWord);
        Supply(vcpu, ProbeRegister, 0x8000_0003);
        Assert.Equal(0x8000_0003UL, Written(vcpu, ReplyRegister));

        Supply(vcpu, CommandRegister, Command.Hvc);
        Supply(vcpu, ArgumentRegister, A64Assembler.Psci.Version);
        Assert.InRange(Written(vcpu, ReplyRegister), 0x1_0000UL, 0x7FFF_FFFFUL); // PSCI 1.x or later, not an error code.

        Supply(vcpu, CommandRegister, Command.Console);
        Supply(vcpu, ArgumentRegister, 'A');
        Assert.Equal('A', (char)Written(vcpu, ConsoleRegister));

        Supply(vcpu, CommandRegister, Command.Undefined);
        Assert.Equal(0UL, Written(vcpu, FaultSyndromeRegister) >> 26); // EC 0: unknown reason (UDF).
        Written(vcpu, FaultAddressRegister);

        Supply(vcpu, CommandRegister, 0xDEAD);
        Assert.Equal(UnknownCommandReply, Written(vcpu, ReplyRegister));

        Supply(vcpu, CommandRegister, Command.Hvc);
        Supply(vcpu, ArgumentRegister, A64Assembler.Psci.SystemOff);
        var exit = vcpu.Run();
        Assert.Equal(VcpuExitReason.Status, exit.Reason);
        Assert.Equal(VmStatus.Exited, exit.Status.Status);
    }
}
