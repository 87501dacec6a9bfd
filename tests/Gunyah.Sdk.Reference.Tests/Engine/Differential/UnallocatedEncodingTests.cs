using System.Buffers.Binary;
using Gunyah.Sdk.Reference.Engine;

namespace Gunyah.Sdk.Reference.Tests.Engine.Differential;

/// <summary>
/// The other direction of the encoding check: random words from the integer encoding groups (data processing,
/// loads/stores, branches/system) that GNU objdump calls unallocated must raise the interpreter's undefined-instruction
/// exception, not run as something else.
/// </summary>
public sealed class UnallocatedEncodingTests
{
    private const int Seed = 0x0DEF;
    private const int Count = 100_000;

    [QemuFact]
    public void Words_objdump_calls_undefined_are_undefined_in_the_interpreter()
    {
        var random = new Random(Seed);
        // Bits 28:25 of the integer groups: 100x data-processing immediate, x101 register, x1x0 load/store, 101x branch/system.
        uint[] groups = [0b1000, 0b1001, 0b0101, 0b1101, 0b0100, 0b0110, 0b1100, 0b1110, 0b1010, 0b1011];
        var words = Enumerable.Range(0, Count)
            .Select(_ => ((uint)random.NextInt64() & ~(0xFu << 25)) | (groups[random.Next(groups.Length)] << 25))
            .Where(w => (w & (1u << 26)) == 0 || ((w >> 25) & 0b0101) != 0b0100) // No SIMD&FP loads/stores.
            .ToList();
        var directory = Directory.CreateTempSubdirectory("gunyah-undef-");
        try
        {
            var lines = Disassembly.Of(words, directory.FullName);
            var bus = new FlatGuestBus();
            var cpu = new A64Interpreter();
            var executed = new List<string>();
            var undefinedCount = 0;
            for (var n = 0; n < words.Count; n++)
            {
                if (!Disassembly.IsUndefined(lines[n]) || ConstrainedUnpredictable(words[n]))
                    continue;
                undefinedCount++;
                BinaryPrimitives.WriteUInt32LittleEndian(bus.Ram, words[n]);
                cpu.Reset(FlatGuestBus.Base, 0);
                var before = cpu.UndefinedInstructions;
                cpu.Run(bus, 1);
                if (cpu.UndefinedInstructions == before)
                    executed.Add($"0x{words[n]:x8}");
            }

            Assert.True(undefinedCount > 500, $"only {undefinedCount} unallocated words drawn");
            Assert.True(executed.Count == 0, $"{executed.Count} unallocated words ran: {string.Join(", ", executed.Take(40))}");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    // Encodings objdump rejects that the architecture leaves CONSTRAINED UNPREDICTABLE (executing them is one of
    // the permitted behaviours), so they say nothing about the interpreter.
    private static bool ConstrainedUnpredictable(uint w)
    {
        int rt = (int)(w & 31), rn = (int)((w >> 5) & 31), rt2 = (int)((w >> 10) & 31);
        if (((w >> 24) & 0x3F) == 0b001000)
            return true; // Exclusives and acquire/release: should-be-one Rs/Rt2 fields.
        if (((w >> 27) & 7) == 0b101 && (w & (1u << 26)) == 0) // Load/store pair.
        {
            var load = (w & (1u << 22)) != 0;
            var writeBack = ((w >> 23) & 3) is 1 or 3;
            return (load && rt == rt2) || (writeBack && rn != 31 && (rt == rn || rt2 == rn));
        }

        if (((w >> 27) & 7) == 0b111 && (w & (1u << 26)) == 0 && ((w >> 24) & 3) == 0 && (w & (1u << 21)) == 0) // Single register, imm9.
            return ((w >> 10) & 3) is 1 or 3 && rn != 31 && rt == rn;
        return false;
    }
}
