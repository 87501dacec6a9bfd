using System.Text;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Reference.Tests.CompiledGuests;

/// <summary>
/// The host side of guest.h's device at <see cref="Base"/>, served from a vCPU's MMIO exits: console bytes at +0,
/// 64-bit report n written at +8+8n, 64-bit input n read at +0x100+8n. Anything else is a guest bug and throws.
/// </summary>
internal sealed class CompiledGuestDevice
{
    public const ulong Base = 0x9000_0000;
    public const int ReportSlots = 31;
    public const int InputSlots = 32;

    private const ulong ReportOffset = 0x8, InputOffset = 0x100;

    private readonly ulong[] inputs;
    private readonly StringBuilder console = new();
    private readonly Dictionary<int, ulong> reports = [];

    /// <summary>A device whose input n is <paramref name="inputs"/>[n]; reading an input not given throws.</summary>
    public CompiledGuestDevice(params ulong[] inputs)
    {
        if (inputs.Length > InputSlots)
            throw new ArgumentException($"At most {InputSlots} inputs.", nameof(inputs));
        this.inputs = inputs;
    }

    /// <summary>What the guest printed.</summary>
    public string Console => console.ToString();

    /// <summary>The last value the guest reported in each slot it wrote.</summary>
    public IReadOnlyDictionary<int, ulong> Reports => reports;

    /// <summary>MMIO exits served.</summary>
    public long Exits { get; private set; }

    /// <summary>Runs <paramref name="vcpu"/>, serving its MMIO exits, until an exit of another kind, which it returns.</summary>
    public VcpuExit Serve(GunyahVcpu vcpu)
    {
        ArgumentNullException.ThrowIfNull(vcpu);
        VcpuExit exit;
        while ((exit = vcpu.Run()).Reason == VcpuExitReason.Mmio)
            Handle(exit.Mmio);
        return exit;
    }

    private void Handle(MmioExit mmio)
    {
        Exits++;
        var offset = mmio.Address - Base;
        if (offset == 0 && mmio.IsWrite && mmio.Length == 1)
        {
            console.Append((char)(byte)mmio.Value);
        }
        else if (offset >= ReportOffset && offset < ReportOffset + 8 * ReportSlots && offset % 8 == 0 && mmio.IsWrite && mmio.Length == 8)
        {
            reports[(int)((offset - ReportOffset) / 8)] = mmio.Value;
        }
        else if (offset >= InputOffset && offset < InputOffset + 8 * InputSlots && offset % 8 == 0 && !mmio.IsWrite && mmio.Length == 8)
        {
            var n = (int)((offset - InputOffset) / 8);
            if (n >= inputs.Length)
                throw new InvalidOperationException($"The guest read input {n}; the test gave {inputs.Length}.");
            mmio.SetReadValue(inputs[n]);
        }
        else
        {
            throw new InvalidOperationException(
                $"The guest made an access the device does not serve: {(mmio.IsWrite ? "write" : "read")} of {mmio.Length} bytes at {mmio.Address:X} (console so far '{console}').");
        }
    }
}
