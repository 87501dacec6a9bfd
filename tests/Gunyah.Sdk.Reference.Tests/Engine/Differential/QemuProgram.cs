using System.Text;

namespace Gunyah.Sdk.Reference.Tests.Engine.Differential;

/// <summary>
/// Runs every sequence in one static AArch64 Linux program under qemu-aarch64. The program's data is the initial
/// records (<see cref="MachineState"/> layout); per sequence, load_state copies the scratch buffer in and loads
/// X0..X29, NZCV, X28 = SP = the scratch middle, and the sequence's X30 into TPIDR_EL0 (the one spare place: every
/// general register and SP belong to the sequence), the sequence runs as <c>.inst</c> words, and save_state stores
/// everything to the output record that <c>cur</c> points at. The scratch buffer is linked at
/// <see cref="MachineState.ScratchAddress"/>, where the interpreter has it too. At the end the output records go to
/// stdout with write(2).
/// </summary>
internal static class QemuProgram
{
    public static MachineState[] Run(IReadOnlyList<DifferentialSequence> sequences, string directory)
    {
        var input = new byte[sequences.Count * MachineState.RecordSize];
        for (var n = 0; n < sequences.Count; n++)
            sequences[n].Initial.WriteRecord(input.AsSpan(n * MachineState.RecordSize));
        File.WriteAllBytes(Path.Combine(directory, "input.bin"), input);
        File.WriteAllText(Path.Combine(directory, "program.s"), Source(sequences));
        CrossTools.Run(CrossTools.Gcc, $"-nostdlib -static -Wl,--section-start=.scratch=0x{MachineState.ScratchAddress:x} -o program program.s", directory);
        var output = CrossTools.Run(CrossTools.Qemu, "program", directory);
        if (output.Length != input.Length)
            throw new InvalidOperationException($"the qemu program wrote {output.Length} bytes, not {input.Length}");
        return Enumerable.Range(0, sequences.Count)
            .Select(n => MachineState.ReadRecord(output.AsSpan(n * MachineState.RecordSize, MachineState.RecordSize)))
            .ToArray();
    }

    private static string Source(IReadOnlyList<DifferentialSequence> sequences)
    {
        var total = sequences.Count * MachineState.RecordSize;
        var s = new StringBuilder();
        s.Append("""
                .text
                .global _start
            _start:
                adrp x0, out_base
                add x0, x0, :lo12:out_base
                adrp x1, cur
                str x0, [x1, :lo12:cur]

            """);
        foreach (var sequence in sequences)
        {
            s.Append("    bl load_state\n    mrs x30, tpidr_el0\n    .inst ");
            s.AppendJoin(", ", sequence.Words.Select(w => $"0x{w:x8}"));
            s.Append("\n    msr tpidr_el0, x30\n    adrp x30, cur\n    ldr x30, [x30, :lo12:cur]\n    stp x0, x1, [x30]\n    mov x0, x30\n    bl save_state\n");
        }

        s.Append($$"""
                adrp x1, out_base
                add x1, x1, :lo12:out_base
                ldr x2, ={{total}}
            1:  mov x0, #1
                mov x8, #64          // write
                svc #0
                cmp x0, #0
                b.le 2f
                add x1, x1, x0
                subs x2, x2, x0
                b.ne 1b
                mov x0, #0
            2:  mov x8, #93          // exit
                svc #0

            load_state:              // x0 = the input record at cur's index
                adrp x0, cur
                ldr x0, [x0, :lo12:cur]
                adrp x1, out_base
                add x1, x1, :lo12:out_base
                sub x1, x0, x1
                adrp x0, in_base
                add x0, x0, :lo12:in_base
                add x0, x0, x1
                adrp x2, scratch
                add x2, x2, :lo12:scratch
                add x3, x0, #{{MachineState.RecordSize - MachineState.ScratchSize}}
                mov x4, #{{MachineState.ScratchSize / 16}}
            1:  ldp x5, x6, [x3], #16
                stp x5, x6, [x2], #16
                subs x4, x4, #1
                b.ne 1b
                ldr x1, [x0, #240]
                msr tpidr_el0, x1    // the sequence's x30, taken after the return
                ldr x1, [x0, #248]
                msr nzcv, x1
                clrex                // no exclusive monitor left armed by the sequence before
                adrp x28, scratch
                add x28, x28, :lo12:scratch
                add x28, x28, #{{MachineState.ScratchMiddle}}
                mov sp, x28

            """);
        for (var r = 2; r < 28; r += 2)
            s.Append($"    ldp x{r}, x{r + 1}, [x0, #{r * 8}]\n");
        s.Append($$"""
                ldr x29, [x0, #232]
                ldr x1, [x0, #8]
                ldr x0, [x0]
                ret

            save_state:              // x0 = the output record, its x0 and x1 stored; NZCV still the sequence's
                mrs x1, nzcv
                str x1, [x0, #248]

            """);
        for (var r = 2; r < 30; r += 2)
            s.Append($"    stp x{r}, x{r + 1}, [x0, #{r * 8}]\n");
        s.Append($$"""
                mrs x1, tpidr_el0
                str x1, [x0, #240]
                mov x1, sp
                str x1, [x0, #256]
                adrp x2, scratch
                add x2, x2, :lo12:scratch
                add x3, x0, #{{MachineState.RecordSize - MachineState.ScratchSize}}
                mov x4, #{{MachineState.ScratchSize / 16}}
            1:  ldp x5, x6, [x2], #16
                stp x5, x6, [x3], #16
                subs x4, x4, #1
                b.ne 1b
                add x0, x0, #{{MachineState.RecordSize}}
                adrp x1, cur
                str x0, [x1, :lo12:cur]
                ret

                .data
                .balign 16
            cur:
                .quad 0
                .balign 16
            in_base:
                .incbin "input.bin"
                .bss
                .balign 16
            out_base:
                .skip {{total}}
                .section .scratch, "aw", %nobits
                .balign 16
            scratch:
                .skip {{MachineState.ScratchSize}}

            """);
        return s.ToString();
    }
}
