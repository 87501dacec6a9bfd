using BenchmarkDotNet.Attributes;
using Gunyah.Benchmarks.Kernel;
using Gunyah.Sdk.GuestToolkit;
using Gunyah.Sdk.Vmm;
using static Gunyah.Sdk.GuestToolkit.A64Register;

namespace Gunyah.Benchmarks.Engine;

/// <summary>
/// A guest assembled with the toolkit on the whole reference machine (android14-6.1: RAM lent at START, boot at its
/// start) with the A64 engine, driven through the typed SDK's <see cref="GunyahVcpu.Run"/>.
/// MmioExitRoundTrip: the guest loops on one store to an MMIO address; each operation is one Run() — the store exits,
/// the host reads the exit and runs again, the guest continues through the branch to the next store.
/// AluLoop: each Run() executes <see cref="AluIterations"/> iterations of a four-instruction ALU loop and then one
/// MMIO store; instructions per second = (4 × iterations + 3) / time per operation.
/// </summary>
[MemoryDiagnoser]
public class GuestRunBenchmarks
{
    /// <summary>Iterations of the ALU loop per Run().</summary>
    public const int AluIterations = 100_000;

    /// <summary>Guest instructions executed per AluLoop operation: the loop, its counter's set-up and the exit's store and branch.</summary>
    public const long AluInstructionsPerRun = 4L * AluIterations + 3;

    private const ulong Base = ReferenceGuestMachine.Base;
    private const ulong Mmio = 0x9000_0000;

    private Machine mmio = null!;
    private Machine alu = null!;

    [GlobalSetup]
    public void Setup()
    {
        mmio = new Machine(StoreLoopImage());
        alu = new Machine(AluLoopImage());
        Console.WriteLine($"// qemu-aarch64 baseline: {QemuAluBaseline()}");
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await mmio.DisposeAsync();
        await alu.DisposeAsync();
    }

    [Benchmark]
    public ulong MmioExitRoundTrip() => mmio.RunToMmio();

    [Benchmark]
    public ulong AluLoop() => alu.RunToMmio();

    // loop: str x2, [x1]; add x2, x2, #1; b loop
    private static byte[] StoreLoopImage()
    {
        var asm = new A64Assembler(Base);
        var loop = asm.NewLabel();
        asm.Mov(X(1), Mmio).Movz(X(2), 0);
        asm.Bind(loop).Store(A64Assembler.Access.Double, X(2), X(1)).AddImmediate(X(2), X(2), 1).B(loop);
        return asm.Build();
    }

    // outer: mov x3, #iterations; inner: add x4, x4, x5; eor x5, x5, x4; subs x3, x3, #1; b.ne inner; str x4, [x1]; b outer
    private static byte[] AluLoopImage()
    {
        var asm = new A64Assembler(Base);
        var outer = asm.NewLabel();
        var inner = asm.NewLabel();
        asm.Mov(X(1), Mmio).Movz(X(5), 3);
        asm.Bind(outer).Mov(X(3), AluIterations);
        asm.Bind(inner).Add(X(4), X(4), X(5)).Eor(X(5), X(5), X(4)).SubsImmediate(X(3), X(3), 1).B(A64Condition.Ne, inner);
        asm.Store(A64Assembler.Access.Double, X(4), X(1)).B(outer);
        return asm.Build();
    }

    // alu_loop.c (the same inner loop, same iterations per round) built static for AArch64 and run under qemu-aarch64
    // in user mode, so the comparison comes from the same session.
    private static string QemuAluBaseline()
    {
        var source = Path.Combine(Path.GetDirectoryName(RepositoryPaths.HeadersRoot)!, "bench", "Gunyah.Benchmarks", "Engine", "alu_loop.c");
        var directory = Directory.CreateTempSubdirectory("gunyah-alu-loop-");
        try
        {
            var program = Path.Combine(directory.FullName, "alu_loop");
            var (compiled, compilerOutput) = CIoctlBaseline.Run("aarch64-linux-gnu-gcc", ["-O2", "-static", "-o", program, source]);
            if (compiled != 0)
                return $"not measured: aarch64-linux-gnu-gcc failed: {compilerOutput.Trim()}";
            var (exitCode, output) = CIoctlBaseline.Run("qemu-aarch64", [program, AluIterations.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            return exitCode == 0 ? output.Trim() : $"not measured: qemu-aarch64 exited with {exitCode}: {output.Trim()}";
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private sealed class Machine : IAsyncDisposable
    {
        private readonly ReferenceGuestMachine machine;

        public Machine(byte[] image)
        {
            machine = new ReferenceGuestMachine(image);
            if (RunToMmio() != Mmio)
                throw new InvalidOperationException("The guest did not reach its MMIO store.");
        }

        public ulong RunToMmio()
        {
            var exit = machine.Vcpu.Run();
            if (exit.Reason != VcpuExitReason.Mmio)
                throw new InvalidOperationException($"Unexpected exit {exit.Reason}.");
            return exit.Mmio.Address;
        }

        public ValueTask DisposeAsync() => machine.DisposeAsync();
    }
}
