namespace Gunyah.Sdk.GuestToolkit;

/// <summary>The A64 condition codes, with their encodings.</summary>
public enum A64Condition : uint
{
    Eq = 0, Ne = 1, Hs = 2, Lo = 3, Mi = 4, Pl = 5, Vs = 6, Vc = 7,
    Hi = 8, Ls = 9, Ge = 10, Lt = 11, Gt = 12, Le = 13, Al = 14, Nv = 15,
}

/// <summary>The shift of a shifted-register operand.</summary>
public enum A64Shift : uint
{
    Lsl = 0, Lsr = 1, Asr = 2, Ror = 3,
}

/// <summary>The extension of an extended-register operand (and of a register-offset address).</summary>
public enum A64Extend : uint
{
    Uxtb = 0, Uxth = 1, Uxtw = 2, Uxtx = 3, Sxtb = 4, Sxth = 5, Sxtw = 6, Sxtx = 7,
}

/// <summary>A label: a position in an <see cref="A64Assembler"/>'s program, bound once, referenced before or after.</summary>
public readonly record struct A64Label(int Id);
