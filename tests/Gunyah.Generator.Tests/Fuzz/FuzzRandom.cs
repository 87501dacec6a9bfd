namespace Gunyah.Generator.Tests.Fuzz;

/// <summary>
/// A per-case random source derived from (seed, case index) alone, so any case can be regenerated on its
/// own from the numbers in a failure report, whatever order the workers ran cases in.
/// </summary>
internal static class FuzzRandom
{
    public static Random ForCase(int seed, int index)
    {
        // SplitMix64 finaliser: neighbouring indices get unrelated streams.
        var z = unchecked(((ulong)(uint)seed << 32) ^ (ulong)(uint)index) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return new Random(unchecked((int)z ^ (int)(z >> 32)));
    }
}
