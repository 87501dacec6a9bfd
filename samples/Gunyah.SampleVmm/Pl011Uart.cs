using System.Text;

namespace Gunyah.SampleVmm;

/// <summary>
/// The part of an ARM PL011 UART a guest's console driver needs, served over MMIO: writes to the data register
/// (UARTDR, offset 0) are the guest's output; the flag register (UARTFR, 0x18) always says the transmit FIFO is
/// empty and not full and the receive FIFO is empty; other registers read 0 and ignore writes. Thread-safe (each
/// vCPU thread may write).
/// </summary>
internal sealed class Pl011Uart(ulong baseAddress, ulong size, TextWriter output)
{
    private const ulong DataRegister = 0x00;
    private const ulong FlagRegister = 0x18;
    private const uint FlagTransmitEmpty = 1 << 7;
    private const uint FlagReceiveEmpty = 1 << 4;

    private readonly Lock gate = new();
    private readonly StringBuilder written = new();

    /// <summary>Everything the guest wrote so far.</summary>
    public string Written
    {
        get
        {
            lock (gate)
            {
                return written.ToString();
            }
        }
    }

    /// <summary>Whether <paramref name="address"/> is one of the UART's registers.</summary>
    public bool Contains(ulong address) => address >= baseAddress && address - baseAddress < size;

    /// <summary>A guest store of <paramref name="value"/> at <paramref name="address"/>.</summary>
    public void Write(ulong address, ulong value)
    {
        if (address - baseAddress != DataRegister)
        {
            return;
        }

        var character = (char)(byte)value;
        lock (gate)
        {
            written.Append(character);
            output.Write(character);
            if (character == '\n')
            {
                output.Flush();
            }
        }
    }

    /// <summary>A guest load from <paramref name="address"/>.</summary>
    public ulong Read(ulong address) => address - baseAddress == FlagRegister ? FlagTransmitEmpty | FlagReceiveEmpty : 0;
}
