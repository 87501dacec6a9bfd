using System.Globalization;
using BenchmarkDotNet.Attributes;
using Gunyah.Benchmarks.Kernel;
using Gunyah.Sdk.Reference.Tests.CompiledGuests;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Benchmarks.Engine;

/// <summary>
/// The compiled crc32 guest (tests/…/CompiledGuests/guests, built with aarch64-linux-gnu-gcc -O2 as the tests build
/// it) on the whole reference machine: one operation boots a VM, serves the guest's device until SYSTEM_OFF and tears
/// the VM down; nearly all of it is the guest's fill and bitwise CRC over <see cref="Length"/> bytes ×
/// <see cref="Rounds"/>. The setup prints the guest's instruction count per run (M instr/s = count / time) and the
/// same fill and CRC code under qemu-aarch64 as a Linux user program (Engine/crc32_user.c).
/// </summary>
[MemoryDiagnoser]
public class Crc32GuestBenchmarks
{
    public const ulong Seed = 0x1234_5678_9ABC_DEF0;
    public const int Length = 16384;
    public const int Rounds = 4;

    private static readonly string[] Sources = ["crc32_core.c", "crc32.c"];

    private static string GuestSources => Path.Combine(
        Path.GetDirectoryName(RepositoryPaths.HeadersRoot)!, "tests", "Gunyah.Sdk.Reference.Tests", "CompiledGuests", "guests");

    private byte[] image = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        CompiledGuestBuilder.SourceFolder = GuestSources;
        var guest = CompiledGuestBuilder.Build(ReferenceGuestMachine.Base, Sources);
        if (guest.Footprint > ReferenceGuestMachine.DtbOffset)
            throw new InvalidOperationException("The crc32 guest's footprint reaches the devicetree.");
        image = guest.Image;
        var (crc, instructions) = await RunOnce();
        Console.WriteLine($"// crc32 guest: {instructions} instructions per run, crc 0x{crc:x8}");
        Console.WriteLine($"// qemu-aarch64 baseline: {QemuBaseline()}");
    }

    [Benchmark]
    public async Task<ulong> Crc32Guest() => (await RunOnce()).Crc;

    private async Task<(ulong Crc, long Instructions)> RunOnce()
    {
        await using var machine = new ReferenceGuestMachine(image);
        var device = new CompiledGuestDevice(Seed, Length, Rounds);
        var exit = device.Serve(machine.Vcpu);
        if (exit.Reason != VcpuExitReason.Status || !device.Reports.TryGetValue(0, out var crc))
            throw new InvalidOperationException($"The crc32 guest ended with {exit.Reason} and no CRC.");
        return (crc, machine.Engine.Cpu.Instructions);
    }

    // crc32_core.c compiled with the guests' code-generation flags, linked with the timing main, run under qemu-aarch64.
    private static string QemuBaseline()
    {
        var directory = Directory.CreateTempSubdirectory("gunyah-crc32-user-");
        try
        {
            var core = Path.Combine(directory.FullName, "crc32_core.o");
            var program = Path.Combine(directory.FullName, "crc32_user");
            var main = Path.Combine(Path.GetDirectoryName(RepositoryPaths.HeadersRoot)!, "bench", "Gunyah.Benchmarks", "Engine", "crc32_user.c");
            var (compiled, output) = CIoctlBaseline.Run(CompiledGuestBuilder.Gcc,
                ["-c", "-O2", "-ffreestanding", "-mgeneral-regs-only", "-mno-outline-atomics", "-mstrict-align", "-o", core, Path.Combine(GuestSources, "crc32_core.c")]);
            if (compiled == 0)
                (compiled, output) = CIoctlBaseline.Run(CompiledGuestBuilder.Gcc, ["-O2", "-static", "-I", GuestSources, "-o", program, main, core]);
            if (compiled != 0)
                return $"not measured: {CompiledGuestBuilder.Gcc} failed: {output.Trim()}";
            string[] arguments = [program, $"0x{Seed:x}", Length.ToString(CultureInfo.InvariantCulture), Rounds.ToString(CultureInfo.InvariantCulture)];
            var (exitCode, result) = CIoctlBaseline.Run("qemu-aarch64", arguments);
            return exitCode == 0 ? result.Trim() : $"not measured: qemu-aarch64 exited with {exitCode}: {result.Trim()}";
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
