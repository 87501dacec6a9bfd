using Gunyah.Sdk.Vmm;
using static Gunyah.Sdk.GuestToolkit.HoldingCellGuest;

namespace Gunyah.Sdk.GuestToolkit;

/// <summary>
/// The host side of the holding-cell protocol (docs/holding-cell.md) over the typed SDK: runs the guest's vCPU on the
/// calling thread and answers its channel accesses, so a test or a conformance check can make the guest do one
/// thing and then look at the exit that thing produces. Every step checks that the guest made the access the
/// protocol says comes next, and throws <see cref="HoldingCellProtocolException"/> naming what it saw instead.
/// </summary>
/// <param name="vcpu">The vCPU running <see cref="HoldingCellGuest"/> (the host calls <see cref="GunyahVcpu.Run"/> on it).</param>
public sealed class HoldingCellHost(GunyahVcpu vcpu)
{
    /// <summary>The vCPU the guest runs on.</summary>
    public GunyahVcpu Vcpu { get; } = vcpu ?? throw new ArgumentNullException(nameof(vcpu));

    /// <summary>Runs until the guest reads <paramref name="register"/> and supplies <paramref name="value"/> as the read's data.</summary>
    public void Supply(ulong register, ulong value)
    {
        var exit = Vcpu.Run();
        var mmio = RequireMmio(exit, register, write: false);
        mmio.SetReadValue(value);
    }

    /// <summary>Runs until the guest writes <paramref name="register"/>; the value it wrote.</summary>
    public ulong TakeWrite(ulong register)
    {
        var exit = Vcpu.Run();
        return RequireMmio(exit, register, write: true).Value;
    }

    /// <summary>Gives the guest <paramref name="command"/> and its <paramref name="arguments"/>, in the order it reads them.</summary>
    public void Send(uint command, params ReadOnlySpan<ulong> arguments)
    {
        Supply(CommandRegister, command);
        foreach (var argument in arguments)
        {
            Supply(ArgumentRegister, argument);
        }
    }

    /// <summary>Runs until the guest writes its reply; the reply.</summary>
    public ulong TakeReply() => TakeWrite(ReplyRegister);

    /// <summary><see cref="Send"/> then <see cref="TakeReply"/>: for the commands that reply.</summary>
    public ulong Call(uint command, params ReadOnlySpan<ulong> arguments)
    {
        Send(command, arguments);
        return TakeReply();
    }

    /// <summary>The guest's value of <paramref name="value"/> sent there and back (the Loopback command).</summary>
    public ulong Loopback(ulong value) => Call(Command.Loopback, value);

    /// <summary>Has the guest print <paramref name="text"/> (one Console command per byte) and returns the bytes it wrote.</summary>
    public string Print(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var printed = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            Send(Command.Console, text[i]);
            printed[i] = (char)(byte)TakeWrite(ConsoleRegister);
        }

        return new string(printed);
    }

    /// <summary>
    /// Has the guest (built with a GIC layout) enable SPI <paramref name="intid"/> and wait for an interrupt;
    /// <paramref name="raise"/> runs once the command is handed over and before the guest runs on (it makes the
    /// interrupt happen: an irqfd write, say). The INTID the guest acknowledged.
    /// </summary>
    /// <remarks>An interrupt that never comes leaves the guest asleep in WFI; after <paramref name="patience"/> the
    /// vCPU is kicked, RUN returns an Interrupted exit and this throws <see cref="HoldingCellProtocolException"/>.</remarks>
    public ulong AwaitInterrupt(uint intid, Action raise, TimeSpan patience)
    {
        ArgumentNullException.ThrowIfNull(raise);
        Send(Command.AwaitInterrupt, intid);
        raise();
        using var watchdog = new Timer(KickLate, Vcpu, patience, Timeout.InfiniteTimeSpan);
        return TakeReply();
    }

    // A timer callback may still run after the reply came and the VM went: then there is nothing to kick.
    private static void KickLate(object? vcpu)
    {
        try
        {
            ((GunyahVcpu)vcpu!).Kick();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>The syndrome and fault address the guest's exception handler reports (after a command that faulted).</summary>
    public (ulong Syndrome, ulong Address) TakeFault() => (TakeWrite(FaultSyndromeRegister), TakeWrite(FaultAddressRegister));

    /// <summary>The exit is an MMIO access of <paramref name="register"/> in the right direction, or the protocol broke.</summary>
    public static MmioExit RequireMmio(in VcpuExit exit, ulong register, bool write)
    {
        if (exit.Reason != VcpuExitReason.Mmio)
        {
            throw new HoldingCellProtocolException($"expected the guest to {(write ? "write" : "read")} 0x{register:X}, but RUN returned a {exit.Reason} exit");
        }

        var mmio = exit.Mmio;
        if (mmio.Address != register || mmio.IsWrite != write)
        {
            throw new HoldingCellProtocolException(
                $"expected the guest to {(write ? "write" : "read")} 0x{register:X}, but it {(mmio.IsWrite ? "wrote" : "read")} {mmio.Length} bytes at 0x{mmio.Address:X}");
        }

        return mmio;
    }
}
