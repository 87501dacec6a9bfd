using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit.Messages;

/// <summary>
/// Writes the statements that put one C value into a byte span, or take it out, little-endian and member by
/// member: <c>BinaryPrimitives</c> for integers, enums and floats, the record's own <c>Encode</c>/<c>TryDecode</c>
/// for structs, loops (or a copy, for bytes) for arrays, and bit-level helpers for bitfields. Never a cast of the
/// struct's memory, so the bytes are the same on any host. Offsets are C# <c>int</c> expressions, so code for a
/// member after a list can add the list's length.
/// </summary>
internal sealed class WireCode
{
    public const string BinaryPrimitives = "global::System.Buffers.Binary.BinaryPrimitives";
    public const string Span = "global::System.Span<byte>";
    public const string ReadOnlySpan = "global::System.ReadOnlySpan<byte>";

    private readonly EmitContext context;

    public WireCode(EmitContext context) => this.context = context;

    /// <summary>The fully qualified wire helper class.</summary>
    public string Wire => context.Plan.Qualify(MessagePlan.WireClass);

    /// <summary><c>base + constant</c>, folded when either is zero.</summary>
    public static string Add(string baseOffset, int constant)
    {
        if (constant == 0)
        {
            return baseOffset;
        }

        return baseOffset == "0" ? Literals.Decimal(constant) : baseOffset + " + " + Literals.Decimal(constant);
    }

    /// <summary><c>span.Slice(offset)</c>, or the span itself at offset 0.</summary>
    public static string Slice(string span, string offset) => offset == "0" ? span : span + ".Slice(" + offset + ")";

    /// <summary>Writes the member <paramref name="member"/> of the record value <paramref name="owner"/>; the record
    /// starts at <paramref name="baseOffset"/> of <paramref name="destination"/> (member offsets are added).</summary>
    public void WriteMember(SourceWriter writer, MemberPlan member, string owner, string destination, string baseOffset)
    {
        var field = member.Field;
        switch (member.Kind)
        {
            case MemberKind.Field:
                WriteValue(writer, field.Type, owner + "." + member.Name, destination, Add(baseOffset, field.Offset));
                break;
            case MemberKind.Bitfield:
                writer.Line(Wire + ".WriteBits(" + destination + ", " + BitOffset(baseOffset, field.BitOffset) + ", " +
                    Literals.Decimal(field.BitWidth) + ", unchecked((ulong)" + owner + "." + member.Name + "));");
                break;
        }
    }

    /// <summary>Reads the member <paramref name="member"/> into the record variable <paramref name="target"/>.</summary>
    public void ReadMember(SourceWriter writer, MemberPlan member, string target, string source, string baseOffset)
    {
        var field = member.Field;
        switch (member.Kind)
        {
            case MemberKind.Field:
                ReadValue(writer, field.Type, target + "." + member.Name, source, Add(baseOffset, field.Offset));
                break;
            case MemberKind.Bitfield:
                writer.Line(target + "." + member.Name + " = " + ReadBits(field, source, baseOffset) + ";");
                break;
        }
    }

    /// <summary>An expression reading bitfield <paramref name="field"/> as its C# type.</summary>
    public string ReadBits(FieldModel field, string source, string baseOffset) =>
        "unchecked((" + context.Types.Map(field.Type) + ")" + Wire + ".ReadBits(" + source + ", " + BitOffset(baseOffset, field.BitOffset) + ", " +
        Literals.Decimal(field.BitWidth) + "))";

    public void WriteValue(SourceWriter writer, TypeRef type, string value, string destination, string offset, int depth = 0)
    {
        switch (type.Kind)
        {
            case TypeRefKind.Record:
                writer.Line(context.Types.Map(type) + ".Encode(" + value + ", " + Slice(destination, offset) + ");");
                break;
            case TypeRefKind.Array when IsByteArray(type):
                writer.Line("((" + ReadOnlySpan + ")" + value + ").CopyTo(" + destination + ".Slice(" + offset + ", " + Literals.Decimal(type.ArrayLength) + "));");
                break;
            case TypeRefKind.Array:
                var index = Index(depth);
                writer.Open(Loop(index, type.ArrayLength));
                WriteValue(writer, type.Element!, value + "[" + index + "]", destination, offset + " + " + index + " * " + Literals.Decimal(type.Element!.Size), depth + 1);
                writer.Close();
                break;
            default:
                writer.Line(WriteScalar(type, value, destination, offset));
                break;
        }
    }

    public void ReadValue(SourceWriter writer, TypeRef type, string target, string source, string offset, int depth = 0)
    {
        switch (type.Kind)
        {
            case TypeRefKind.Record:
                writer.Line("_ = " + context.Types.Map(type) + ".TryDecode(" + Slice(source, offset) + ", out " + target + ", out _);");
                break;
            case TypeRefKind.Array when IsByteArray(type):
                writer.Line(source + ".Slice(" + offset + ", " + Literals.Decimal(type.ArrayLength) + ").CopyTo(" + target + ");");
                break;
            case TypeRefKind.Array:
                var index = Index(depth);
                writer.Open(Loop(index, type.ArrayLength));
                ReadValue(writer, type.Element!, target + "[" + index + "]", source, offset + " + " + index + " * " + Literals.Decimal(type.Element!.Size), depth + 1);
                writer.Close();
                break;
            default:
                writer.Line(target + " = " + ReadScalar(type, source, offset) + ";");
                break;
        }
    }

    /// <summary>True for integers, enums and floats: values one <c>BinaryPrimitives</c> call reads.</summary>
    public static bool IsScalar(TypeRef type) => type.Kind is TypeRefKind.Primitive or TypeRefKind.Enum;

    /// <summary>An expression reading a scalar at <paramref name="offset"/> of <paramref name="source"/>.</summary>
    public string ReadScalar(TypeRef type, string source, string offset)
    {
        var mapped = context.Types.Map(type);
        var keyword = Keyword(type);
        var read = type.Size == 1
            ? source + "[" + offset + "]"
            : BinaryPrimitives + ".Read" + ClrSuffix(keyword) + "LittleEndian(" + Slice(source, offset) + ")";
        return mapped == (type.Size == 1 ? "byte" : keyword) ? read : "unchecked((" + mapped + ")" + read + ")";
    }

    /// <summary>A statement writing the scalar <paramref name="value"/> at <paramref name="offset"/>.</summary>
    public string WriteScalar(TypeRef type, string value, string destination, string offset)
    {
        var keyword = Keyword(type);
        if (type.Size == 1)
        {
            return destination + "[" + offset + "] = unchecked((byte)" + value + ");";
        }

        var cast = type.Kind == TypeRefKind.Enum ? "(" + keyword + ")" : string.Empty;
        return BinaryPrimitives + ".Write" + ClrSuffix(keyword) + "LittleEndian(" + Slice(destination, offset) + ", " + cast + value + ");";
    }

    /// <summary>The C# integer or float keyword of a scalar (an enum's underlying type).</summary>
    public static string Keyword(TypeRef type) =>
        PrimitiveTypes.ToCSharp(type.Primitive) ?? throw new InvalidOperationException("No wire form for " + type.CSpelling);

    private static string BitOffset(string baseOffset, int bits) =>
        baseOffset == "0" ? Literals.Decimal(bits) : "(" + baseOffset + ") * 8 + " + Literals.Decimal(bits);

    private static bool IsByteArray(TypeRef type) =>
        type.Element is { Kind: TypeRefKind.Primitive, Size: 1 } element && PrimitiveTypes.ToCSharp(element.Primitive) == "byte";

    private static string Index(int depth) => "i" + Literals.Decimal(depth);

    private static string Loop(string index, int length) =>
        "for (var " + index + " = 0; " + index + " < " + Literals.Decimal(length) + "; " + index + "++)";

    // Single bytes are indexed directly, so only wider types reach BinaryPrimitives.
    private static string ClrSuffix(string keyword) => keyword is "byte" or "sbyte"
        ? throw new InvalidOperationException("No BinaryPrimitives method for " + keyword)
        : PrimitiveTypes.ClrName(keyword) ?? throw new InvalidOperationException("No BinaryPrimitives method for " + keyword);
}
