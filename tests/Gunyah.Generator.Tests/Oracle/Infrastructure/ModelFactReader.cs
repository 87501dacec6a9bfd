using System.Text;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>
/// The facts the <see cref="HeaderModel"/> itself claims. Comparing these with gcc isolates front-end
/// (layout/evaluation) bugs from emitter bugs, which show up only as C#-vs-gcc differences.
/// </summary>
internal static class ModelFactReader
{
    public static FactSet Read(HeaderModel model)
    {
        var facts = new FactSet("model");
        foreach (var record in model.Structs)
        {
            facts.Add(FactKeys.Size(record.Key), FactFormat.Decimal(record.Size));
            facts.Add(FactKeys.Align(record.Key), FactFormat.Decimal(record.Alignment));
            foreach (var field in record.Fields)
            {
                if (field.BitWidth > 0)
                {
                    facts.Add(FactKeys.Bits(record.Key, field.Name), FactFormat.Bytes(BitfieldBytes(record.Size, field.BitOffset, field.BitWidth)));
                }
                else
                {
                    facts.Add(FactKeys.Offset(record.Key, field.Name), FactFormat.Decimal(field.Offset));
                }
            }
        }

        foreach (var enumModel in model.Enums)
        {
            var (size, signed) = Describe(enumModel.UnderlyingType);
            facts.Add(FactKeys.EnumSize(enumModel.Key), FactFormat.Decimal(size));
            facts.Add(FactKeys.EnumSigned(enumModel.Key), FactFormat.Flag(signed));
            foreach (var member in enumModel.Members)
            {
                facts.Add(FactKeys.EnumMember(enumModel.Key, member.Name), FactFormat.Pattern(member.Bits));
            }
        }

        foreach (var constant in model.Constants)
        {
            if (constant.Kind == ConstantKind.String)
            {
                facts.Add(FactKeys.String(constant.Name), FactFormat.Bytes(Encoding.UTF8.GetBytes(constant.StringValue ?? string.Empty)));
                continue;
            }

            facts.Add(FactKeys.Constant(constant.Name), FactFormat.Pattern(constant.Bits));
            var (width, isSigned) = Describe(constant.IntegerType);
            facts.Add(FactKeys.ConstantType(constant.Name), PromotedTypeName(width, isSigned));
        }

        foreach (var ioctl in model.Ioctls)
        {
            facts.Add(FactKeys.Ioctl(ioctl.Name), FactFormat.Request(ioctl.Request));
        }

        return facts;
    }

    /// <summary>The record's bytes with bits [bitOffset, bitOffset + width) set, least significant bit first
    /// (how gcc allocates bitfields on little-endian targets).</summary>
    public static byte[] BitfieldBytes(int recordSize, int bitOffset, int width)
    {
        var bytes = new byte[recordSize];
        for (var bit = bitOffset; bit < bitOffset + width && bit / 8 < recordSize; bit++)
        {
            bytes[bit / 8] |= (byte)(1 << (bit % 8));
        }

        return bytes;
    }

    /// <summary>How C names an integer type after promotion: the ctype fact's value.</summary>
    public static string PromotedTypeName(int size, bool isSigned) => size <= 4
        ? (isSigned || size < 4 ? "i32" : "u32")
        : (isSigned ? "i64" : "u64");

    private static (int Size, bool Signed) Describe(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Bool or PrimitiveKind.UChar => (1, false),
        PrimitiveKind.Char or PrimitiveKind.SChar => (1, true),
        PrimitiveKind.Short => (2, true),
        PrimitiveKind.UShort => (2, false),
        PrimitiveKind.Int => (4, true),
        PrimitiveKind.UInt => (4, false),
        PrimitiveKind.Long or PrimitiveKind.LongLong => (8, true),
        PrimitiveKind.ULong or PrimitiveKind.ULongLong => (8, false),
        PrimitiveKind.Int128 => (16, true),
        PrimitiveKind.UInt128 => (16, false),
        _ => (0, false),
    };
}
