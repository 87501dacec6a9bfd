using System.Numerics;
using System.Text;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Reference.Tests.CompiledGuests;

/// <summary>
/// everyday.c, compiled with gcc -O2, on the reference machine: a printf-like formatter (64-bit signed and unsigned
/// division and modulo), an insertion sort of structs copied by value and with memcpy, a bytecode machine whose
/// switch gcc makes a jump table, recursion, 128-bit products (UMULH/SMULH), libgcc's 128-bit division and CLZ/RBIT.
/// The host works out the exact console text and each report in C#, its own way (closed forms, LINQ, Math.BigMul,
/// UInt128), and the run must meet no undefined instruction and end with SYSTEM_OFF.
/// </summary>
public sealed class EverydayGuestTests
{
    private static readonly string[] Sources = ["everyday.c"];

    [CompiledGuestTheory]
    [InlineData("v17", -1_234_567_890_123L, 97L, 0xFEDC_BA98_7654_3210UL, 42UL, 20, 20, 3)]
    [InlineData("android14-6.1", -1_234_567_890_123L, 97L, 0xFEDC_BA98_7654_3210UL, 42UL, 20, 20, 3)]
    [InlineData("v17", long.MaxValue, -3L, 10UL, 0UL, 1, 1, 0)]
    [InlineData("android14-6.1", 5L, -7_000_000_000L, ulong.MaxValue, 0xDEAD_BEEFUL, 100, 15, 9)]
    public async Task The_guest_prints_and_reports_what_the_host_computes(
        string generation, long a, long b, ulong u, ulong seed, int squaresOf, int fibOf, int ackermannOf)
    {
        ulong[] inputs = [(ulong)a, (ulong)b, u, seed, (ulong)squaresOf, (ulong)fibOf, (ulong)ackermannOf];
        var run = await CompiledGuestRun.RunAsync(generation, inputs, Sources);

        var squares = Enumerable.Range(1, squaresOf).Sum(i => (long)i * i ^ (i % 3));
        var fib = Fibonacci(fibOf);
        var ackermann = 2UL * (ulong)ackermannOf + 3; // A(2, n) = 2n + 3.
        var console = new StringBuilder()
            .Append("hello from C on vCPU 0\n")
            .Append($"{a} / {b} = {a / b} rem {a % b}\n")
            .Append($"{u} / {(ulong)b} = {u / (ulong)b} rem {u % (ulong)b}\n")
            .Append($"hex {u:x} beef min {long.MinValue} int -42 Z%\n");
        foreach (var record in Records(seed).OrderBy(r => r.Key).ThenBy(r => r.Id))
            console.Append($"{record.Key} {record.Id} {record.Name}\n");
        console.Append($"squares {squares} fib {fib} ack {ackermann}\n");
        var expectedConsole = console.ToString();

        Assert.True(expectedConsole == run.Console, $"console:\n{run.Console}\nexpected:\n{expectedConsole}\nexit {run.ExitReason}, {run.EngineState}");
        var unsignedHigh = Math.BigMul(u, (ulong)a, out var unsignedLow);
        var signedHigh = Math.BigMul(a, b, out var signedLow);
        var wide = (UInt128)u * (ulong)a;
        var quotient = wide / (ulong)b;
        var bits = (uint)BitOperations.LeadingZeroCount(u | 1) | (uint)BitOperations.TrailingZeroCount(u | 1UL << 63) << 8;
        Assert.Equal(
            new Dictionary<int, ulong>
            {
                [0] = unsignedHigh, [1] = unsignedLow, [2] = (ulong)signedHigh, [3] = (ulong)signedLow,
                [4] = (ulong)squares, [5] = fib, [6] = ackermann, [7] = (ulong)expectedConsole.Length,
                [8] = (ulong)(quotient >> 64), [9] = (ulong)quotient, [10] = (ulong)(wide % (ulong)b), [11] = bits,
            },
            run.Reports);
        Assert.Equal(0, run.UndefinedInstructions);
        Assert.Equal(VcpuExitReason.Status, run.ExitReason);
        Assert.Equal(VmStatus.Exited, run.Status);
        Assert.Equal((ushort)GhRmVmExitType.PlatformOff, run.ExitType);
        Assert.Equal((ushort)GhRmVmExitCode.Normal, run.ExitCode);
    }

    private static ulong Fibonacci(int n)
    {
        var (current, next) = (0UL, 1UL);
        for (var i = 0; i < n; i++)
            (current, next) = (next, current + next);
        return current;
    }

    // The records everyday.c makes from the seed: a key in -3..3 and a name "rec-" and a letter, from one xorshift64 stream.
    private static IEnumerable<(long Key, uint Id, string Name)> Records(ulong seed)
    {
        var state = seed == 0 ? 1 : seed;
        ulong Next()
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            return state;
        }

        for (var id = 0u; id < 10; id++)
        {
            var key = (long)(Next() % 7) - 3;
            yield return (key, id, "rec-" + (char)('a' + (int)(Next() % 26)));
        }
    }
}
