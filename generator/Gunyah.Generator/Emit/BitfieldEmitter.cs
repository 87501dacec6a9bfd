using System.Globalization;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>
/// Bitfields: a private unsigned storage field per storage unit (at the unit's offset) and a public property
/// per bitfield doing the shift and mask. Arithmetic goes through <c>ulong</c> so one pattern covers every
/// storage size; signed bitfields are sign-extended with an arithmetic shift.
/// </summary>
internal static class BitfieldEmitter
{
    public static void WriteStorage(SourceWriter writer, BitfieldStorage storage)
    {
        writer.Line("[" + EmitContext.InteropServices + ".FieldOffset(" + Literals.Decimal(storage.Offset) + ")]");
        writer.Line("private " + StorageType(storage.Size) + " " + storage.Name + ";");
    }

    public static void WriteProperty(EmitContext context, SourceWriter writer, MemberPlan member)
    {
        var field = member.Field;
        var bits = member.Bitfield!;
        var type = context.Types.Map(field.Type);
        var storage = bits.Storage.Name;
        var width = field.BitWidth;
        var mask = width >= 64 ? ulong.MaxValue : (1UL << width) - 1;
        var maskLiteral = Literals.Hex(mask) + "UL";
        var shifted = bits.Shift == 0 ? "(ulong)" + storage : "((ulong)" + storage + " >> " + Literals.Decimal(bits.Shift) + ")";
        var signed = PrimitiveTypes.IsSigned(field.Type.Primitive);

        string getter;
        if (signed)
        {
            // Move the field's top bit to bit 63, then shift back arithmetically.
            var up = 64 - bits.Shift - width;
            var down = 64 - width;
            getter = "unchecked((" + type + ")((long)((ulong)" + storage + " << " + Literals.Decimal(up) + ") >> " + Literals.Decimal(down) + "))";
        }
        else
        {
            getter = "unchecked((" + type + ")(" + shifted + " & " + maskLiteral + "))";
        }

        var shiftSuffix = bits.Shift == 0 ? string.Empty : " << " + Literals.Decimal(bits.Shift);
        var clear = bits.Shift == 0 ? "~" + maskLiteral : "~(" + maskLiteral + shiftSuffix + ")";
        var setter = storage + " = unchecked((" + StorageType(bits.Storage.Size) + ")(((ulong)" + storage + " & " + clear + ") | (((ulong)value & " + maskLiteral + ")" + shiftSuffix + ")));";

        context.Docs.Write(writer, field.Doc, Remarks(context, field));
        writer.Line(EmitContext.CNameAttribute(field.Name));
        writer.Open("public " + type + " " + member.Name);
        writer.Line("readonly get => " + getter + ";");
        writer.Line("set => " + setter);
        writer.Close();
    }

    private static string Remarks(EmitContext context, FieldModel field) =>
        "C: " + field.Name + " (" + field.Type.CSpelling + " : " + Literals.Decimal(field.BitWidth) +
        "), bit offset " + Literals.Decimal(field.BitOffset) + ", " + context.Docs.Where(field.Location);

    private static string StorageType(int size) => size switch
    {
        1 => "byte",
        2 => "ushort",
        4 => "uint",
        8 => "ulong",
        _ => throw new InvalidOperationException("Bitfield storage of " + size.ToString(CultureInfo.InvariantCulture) + " bytes"),
    };
}
