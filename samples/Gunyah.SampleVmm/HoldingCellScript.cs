using Gunyah.Sdk.GuestToolkit;
using Gunyah.Sdk.Vmm;
using static Gunyah.Sdk.GuestToolkit.HoldingCellGuest;

namespace Gunyah.SampleVmm;

/// <summary>
/// Drives the holding-cell guest (docs/holding-cell.md) from the VMM side: answers its command and argument reads
/// with a fixed script — one Console command per byte of the greeting, then PSCI SYSTEM_OFF — and copies its
/// console writes to the VMM's console.
/// </summary>
internal sealed class HoldingCellScript(TextWriter console)
{
    public const string Greeting = "Hello from the holding cell\n";

    private readonly Lock gate = new();
    private readonly Queue<ulong> commands = Script();
    private readonly Queue<ulong> arguments = new();

    /// <summary>Serves an access to the holding cell's channel; false when the address is not the channel's.</summary>
    public bool Serve(MmioExit mmio)
    {
        if (mmio.Address - ChannelBase >= 0x1000)
        {
            return false;
        }

        lock (gate)
        {
            if (mmio.IsWrite)
            {
                if (mmio.Address == ConsoleRegister)
                {
                    console.Write((char)(byte)mmio.Value);
                }
            }
            else if (mmio.Address == CommandRegister && commands.TryDequeue(out var command))
            {
                arguments.Enqueue(commands.Dequeue());
                mmio.SetReadValue(command);
            }
            else
            {
                mmio.SetReadValue(mmio.Address == ArgumentRegister && arguments.TryDequeue(out var argument) ? argument : 0);
            }
        }

        return true;
    }

    // Pairs of (command, its one argument).
    private static Queue<ulong> Script()
    {
        var script = new Queue<ulong>();
        foreach (var c in Greeting)
        {
            script.Enqueue(Command.Console);
            script.Enqueue(c);
        }

        script.Enqueue(Command.Hvc);
        script.Enqueue(A64Assembler.Psci.SystemOff);
        return script;
    }
}
