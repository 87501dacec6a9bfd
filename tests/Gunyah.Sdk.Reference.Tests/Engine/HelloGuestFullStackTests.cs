using System.Buffers.Binary;
using System.Text;
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
/// Real guest code on the whole reference machine: a guest assembled with the toolkit boots at the start of its RAM
/// (X0 the devicetree), reads a device register, prints "hello" to an MMIO console byte by byte and calls PSCI
/// SYSTEM_OFF; through the typed SDK the VMM sees each store as an MMIO exit and then a STATUS exit with EXITED and
/// PLATFORM_OFF — for an L24 generation (v17, android15-6.6) and L23 ones with vCPU functions (v10, android14-6.1).
/// </summary>
public sealed class HelloGuestFullStackTests
{
    private const ulong Console = 0x9000_0000;

    private static byte[] Guest()
    {
        var asm = new A64Assembler(AssembledVm.Base);
        var message = asm.NewLabel();
        var loop = asm.NewLabel();
        var done = asm.NewLabel();
        asm.Mov(X(1), Console)
            .Load(Access.SignedHalf64, X(4), X(1), 8) // A device register: the host answers 0x8001.
            .Store(Access.Double, X(4), X(1), 16) // …and sees it back sign-extended to 64 bits.
            .Store(Access.Double, X(0), X(1), 24) // The devicetree's address the VM booted with.
            .Adr(X(3), message);
        asm.Bind(loop).Load(Access.Byte, W(2), X(3), 1, Indexing.PostIndex).Cbz(W(2), done).Store(Access.Byte, W(2), X(1)).B(loop);
        asm.Bind(done).PsciCall(Psci.SystemOff).Udf(); // SYSTEM_OFF does not return.
        asm.Bind(message).Bytes("hello\0"u8);
        return asm.Build();
    }

    [Theory]
    [InlineData("v17")]
    [InlineData("android15-6.6")]
    [InlineData("v10")]
    [InlineData("android14-6.1")]
    public async Task An_assembled_guest_prints_hello_over_MMIO_and_powers_the_system_off(string name)
    {
        A64VcpuEngine? engine = null;
        await using var host = ReferenceHost.Start(AbiProfiles.Find(name)!, (_, index) => engine = new A64VcpuEngine((int)index));
        using var machine = new GuestVm(host, Guest());
        var vcpu = machine.Vcpu;

        var console = new StringBuilder();
        var seen = new List<(ulong Address, int Length, bool Write, ulong Value)>();
        VcpuExit exit;
        while ((exit = vcpu.Run()).Reason == VcpuExitReason.Mmio)
        {
            var mmio = exit.Mmio;
            if (mmio.Address == Console && mmio.IsWrite)
            {
                console.Append((char)mmio.Value);
                continue;
            }

            seen.Add((mmio.Address, mmio.Length, mmio.IsWrite, mmio.IsWrite ? mmio.Value : 0));
            if (!mmio.IsWrite)
                mmio.SetReadValue(0x8001);
        }

        Assert.True(console.ToString() == "hello",
            $"console '{console}', exit {exit.Reason}, seen {string.Join(", ", seen)}, PC {engine?.Cpu.Pc:X}, undefined {engine?.Cpu.UndefinedInstructions} ({engine?.Cpu.LastUndefined:X8}), ESR {engine?.Cpu.EsrEl1:X}, ELR {engine?.Cpu.ElrEl1:X}, refused {engine?.LastRefusal}");
        Assert.Equal(
            [(Console + 8, 2, false, 0UL), (Console + 16, 8, true, 0xFFFF_FFFF_FFFF_8001UL), (Console + 24, 8, true, AssembledVm.Base + AssembledVm.DtbOffset)],
            seen);
        Assert.Equal(VcpuExitReason.Status, exit.Reason);
        Assert.Equal(VmStatus.Exited, exit.Status.Status);
        Assert.Equal((ushort)GhRmVmExitType.PlatformOff, exit.Status.ExitType);
        Assert.Equal((ushort)GhRmVmExitCode.Normal, BinaryPrimitives.ReadUInt16LittleEndian(exit.Status.Reason[2..]));
        Assert.NotNull(engine);
        Assert.Equal(0, engine.Cpu.UndefinedInstructions);
        Assert.Equal(6 + 4 * 5 + 2 + 3, engine.Cpu.Instructions); // Set-up, five characters, the end of the string, SYSTEM_OFF.
    }
}
