using System.IO.Hashing;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Reference.Tests.CompiledGuests;

/// <summary>
/// crc32.c, compiled with gcc, on the reference machine: the guest fills a buffer from a seed it reads from the
/// device, takes its bitwise CRC-32 and reports it; the host fills the same bytes and checks the CRC with
/// System.IO.Hashing — on an L24 generation (v17) and an L23 one (android14-6.1).
/// </summary>
public sealed class Crc32GuestTests
{
    internal static readonly string[] Sources = ["crc32_core.c", "crc32.c"];

    [CompiledGuestTheory]
    [InlineData("v17", 0x1234_5678_9ABC_DEF0UL, 4096, 1)]
    [InlineData("v17", 7UL, 1001, 3)]
    [InlineData("android14-6.1", 0x1234_5678_9ABC_DEF0UL, 4096, 1)]
    [InlineData("android14-6.1", 0UL, 16384, 1)]
    public async Task The_guest_computes_the_CRC32_the_host_does(string generation, ulong seed, int length, int rounds)
    {
        var run = await CompiledGuestRun.RunAsync(generation, [seed, (ulong)length, (ulong)rounds], Sources);

        var expected = Expected(seed, length, rounds);
        Assert.True(run.Reports.TryGetValue(0, out var crc), $"no CRC reported: console '{run.Console}', exit {run.ExitReason}, {run.EngineState}");
        Assert.Equal(expected, crc);
        Assert.Equal((ulong)length, run.Reports[1]);
        Assert.Equal($"crc32 0x{expected:x16}\n", run.Console);
        Assert.Equal(0, run.UndefinedInstructions);
        Assert.Equal(VcpuExitReason.Status, run.ExitReason);
        Assert.Equal(VmStatus.Exited, run.Status);
        Assert.Equal((ushort)GhRmVmExitType.PlatformOff, run.ExitType);
    }

    [CompiledGuestFact]
    public void The_image_header_gives_a_footprint_past_the_buffer_and_stacks()
    {
        var guest = CompiledGuestBuilder.Build(0x8000_0000, Sources);

        Assert.Equal(0x1400_0004u, BitConverter.ToUInt32(guest.Image, 0)); // b +16: over the header to the code.
        const int BuffersAndStacks = 16384 + 4 * 0x1000; // crc32.c's buffer, GUEST_MAX_CPUS x GUEST_STACK_SIZE.
        Assert.InRange(guest.Footprint, (ulong)(guest.Image.Length + BuffersAndStacks), (ulong)(guest.Image.Length + BuffersAndStacks + 64));
    }

    [Fact]
    public void The_host_fill_matches_a_known_CRC()
    {
        // Pins the host half on its own: CRC-32 of "123456789" is 0xCBF43926, and a seed of 0 counts as 1.
        Assert.Equal(0xCBF4_3926u, Crc32.HashToUInt32("123456789"u8));
        Assert.Equal(Fill(1, 64), Fill(0, 64));
    }

    /// <summary>The bytes crc32_fill writes: bits 39:32 of each xorshift64 state after the seed.</summary>
    internal static byte[] Fill(ulong seed, int length)
    {
        var bytes = new byte[length];
        var state = seed == 0 ? 1 : seed;
        for (var i = 0; i < length; i++)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            bytes[i] = (byte)(state >> 32);
        }

        return bytes;
    }

    /// <summary>The CRC-32 of the filled buffer repeated <paramref name="rounds"/> times.</summary>
    internal static ulong Expected(ulong seed, int length, int rounds)
    {
        var data = Fill(seed, length);
        var crc = new Crc32();
        for (var r = 0; r < rounds; r++)
            crc.Append(data);
        return crc.GetCurrentHashAsUInt32();
    }
}
