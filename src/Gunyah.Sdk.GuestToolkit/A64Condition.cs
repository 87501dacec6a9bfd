namespace Gunyah.Sdk.GuestToolkit;

/// <summary>The A64 condition codes, with their encodings.</summary>
public enum A64Condition : uint
{
    /// <summary>Equal (Z set).</summary>
    Eq = 0,

    /// <summary>Not equal (Z clear).</summary>
    Ne = 1,

    /// <summary>Unsigned higher or same (C set).</summary>
    Hs = 2,

    /// <summary>Unsigned lower (C clear).</summary>
    Lo = 3,

    /// <summary>Negative (N set).</summary>
    Mi = 4,

    /// <summary>Positive or zero (N clear).</summary>
    Pl = 5,

    /// <summary>Overflow (V set).</summary>
    Vs = 6,

    /// <summary>No overflow (V clear).</summary>
    Vc = 7,

    /// <summary>Unsigned higher (C set and Z clear).</summary>
    Hi = 8,

    /// <summary>Unsigned lower or same (C clear or Z set).</summary>
    Ls = 9,

    /// <summary>Signed greater or equal (N equals V).</summary>
    Ge = 10,

    /// <summary>Signed less than (N differs from V).</summary>
    Lt = 11,

    /// <summary>Signed greater than (Z clear and N equals V).</summary>
    Gt = 12,

    /// <summary>Signed less or equal (Z set or N differs from V).</summary>
    Le = 13,

    /// <summary>Always.</summary>
    Al = 14,

    /// <summary>Always (the reserved encoding, executes as AL).</summary>
    Nv = 15,
}

/// <summary>The shift of a shifted-register operand.</summary>
public enum A64Shift : uint
{
    /// <summary>Logical shift left.</summary>
    Lsl = 0,

    /// <summary>Logical shift right.</summary>
    Lsr = 1,

    /// <summary>Arithmetic shift right.</summary>
    Asr = 2,

    /// <summary>Rotate right.</summary>
    Ror = 3,
}

/// <summary>The extension of an extended-register operand (and of a register-offset address).</summary>
public enum A64Extend : uint
{
    /// <summary>Zero-extend the low byte.</summary>
    Uxtb = 0,

    /// <summary>Zero-extend the low halfword.</summary>
    Uxth = 1,

    /// <summary>Zero-extend the low word.</summary>
    Uxtw = 2,

    /// <summary>The whole register (LSL when it names SP).</summary>
    Uxtx = 3,

    /// <summary>Sign-extend the low byte.</summary>
    Sxtb = 4,

    /// <summary>Sign-extend the low halfword.</summary>
    Sxth = 5,

    /// <summary>Sign-extend the low word.</summary>
    Sxtw = 6,

    /// <summary>The whole register, signed.</summary>
    Sxtx = 7,
}

/// <summary>A label: a position in an <see cref="A64Assembler"/>'s program, bound once, referenced before or after.</summary>
public readonly record struct A64Label(int Id);
