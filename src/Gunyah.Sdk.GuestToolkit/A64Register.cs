namespace Gunyah.Sdk.GuestToolkit;

/// <summary>An A64 general register operand: X0–X30 or W0–W30, and number 31 as the zero register (XZR/WZR) or
/// the stack pointer (SP/WSP), whichever the instruction gives that number.</summary>
/// <param name="Number">0–31.</param>
/// <param name="Is64">X (64-bit) rather than W (32-bit).</param>
public readonly record struct A64Register(int Number, bool Is64)
{
    /// <summary>The 64-bit stack pointer (number 31 where the instruction reads it as SP).</summary>
    public static A64Register Sp => new(31, true);

    /// <summary>The 64-bit zero register.</summary>
    public static A64Register Xzr => new(31, true);

    /// <summary>The 32-bit zero register.</summary>
    public static A64Register Wzr => new(31, false);

    /// <summary>X<paramref name="number"/>.</summary>
    public static A64Register X(int number) => new(Check(number), true);

    /// <summary>W<paramref name="number"/>.</summary>
    public static A64Register W(int number) => new(Check(number), false);

    internal uint Sf => Is64 ? 1u : 0u;

    internal uint N => (uint)Number;

    private static int Check(int number) =>
        (uint)number <= 31 ? number : throw new ArgumentOutOfRangeException(nameof(number), number, "A register number is 0..31.");
}
