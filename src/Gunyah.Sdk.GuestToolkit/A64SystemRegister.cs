namespace Gunyah.Sdk.GuestToolkit;

/// <summary>A system register by its MRS/MSR encoding (op0, op1, CRn, CRm, op2), with the ones a small kernel uses.</summary>
public readonly record struct A64SystemRegister(int Op0, int Op1, int CRn, int CRm, int Op2)
{
    public static A64SystemRegister MidrEl1 => new(3, 0, 0, 0, 0);
    public static A64SystemRegister MpidrEl1 => new(3, 0, 0, 0, 5);
    public static A64SystemRegister SctlrEl1 => new(3, 0, 1, 0, 0);
    public static A64SystemRegister SpsrEl1 => new(3, 0, 4, 0, 0);
    public static A64SystemRegister ElrEl1 => new(3, 0, 4, 0, 1);
    public static A64SystemRegister SpEl0 => new(3, 0, 4, 1, 0);
    public static A64SystemRegister SpSel => new(3, 0, 4, 2, 0);
    public static A64SystemRegister CurrentEl => new(3, 0, 4, 2, 2);
    public static A64SystemRegister Nzcv => new(3, 3, 4, 2, 0);
    public static A64SystemRegister Daif => new(3, 3, 4, 2, 1);
    public static A64SystemRegister EsrEl1 => new(3, 0, 5, 2, 0);
    public static A64SystemRegister FarEl1 => new(3, 0, 6, 0, 0);
    public static A64SystemRegister VbarEl1 => new(3, 0, 12, 0, 0);
    public static A64SystemRegister TpidrEl1 => new(3, 0, 13, 0, 4);
    public static A64SystemRegister TpidrEl0 => new(3, 3, 13, 0, 2);
    public static A64SystemRegister CntfrqEl0 => new(3, 3, 14, 0, 0);
    public static A64SystemRegister CntvctEl0 => new(3, 3, 14, 0, 2);

    internal uint Encoding => (uint)(((Op0 & 1) << 19) | (Op1 << 16) | (CRn << 12) | (CRm << 8) | (Op2 << 5));
}
