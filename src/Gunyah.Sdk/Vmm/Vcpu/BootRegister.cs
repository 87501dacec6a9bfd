using System.Globalization;

namespace Gunyah.Sdk.Vmm;

/// <summary>
/// A register of the boot vCPU that SET_BOOT_CONTEXT can preset: X0–X30 (and index 31), the PC, or a stack
/// pointer (SP_EL0..SP_EL2 by index). <see cref="Id"/> is the kernel's register id: set &lt;&lt; 8 | index.
/// </summary>
public readonly record struct BootRegister
{
    private BootRegister(BootRegisterSet set, byte index)
    {
        Set = set;
        Index = index;
    }

    /// <summary>The register set (general-purpose X, PC or SP).</summary>
    public BootRegisterSet Set { get; }

    /// <summary>The register's index within its set (n of Xn; 0 for PC and SP).</summary>
    public byte Index { get; }

    /// <summary>The register id the kernel takes (<c>GUNYAH_VM_BOOT_CONTEXT_REG(set, index)</c>).</summary>
    public uint Id => ((uint)Set << 8) | Index;

    /// <summary>The program counter.</summary>
    public static BootRegister Pc => new(BootRegisterSet.Pc, 0);

    /// <summary>General-purpose register Xn, n in 0..31.</summary>
    public static BootRegister X(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 31);
        return new(BootRegisterSet.X, (byte)n);
    }

    /// <summary>Stack pointer n, n in 0..2.</summary>
    public static BootRegister Sp(int n = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 2);
        return new(BootRegisterSet.Sp, (byte)n);
    }

    /// <inheritdoc/>
    public override string ToString() => Set switch
    {
        BootRegisterSet.X => string.Create(CultureInfo.InvariantCulture, $"X{Index}"),
        BootRegisterSet.Pc => "PC",
        _ => string.Create(CultureInfo.InvariantCulture, $"SP{Index}"),
    };
}

/// <summary>The register sets of a boot-context register id.</summary>
public enum BootRegisterSet : byte
{
    /// <summary>The general-purpose registers X0-X30.</summary>
    X = 0,
    /// <summary>The program counter.</summary>
    Pc = 1,
    /// <summary>The stack pointer.</summary>
    Sp = 2,
}
