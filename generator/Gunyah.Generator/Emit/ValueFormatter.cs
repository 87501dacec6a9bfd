using System.Globalization;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>
/// Writes statements that append a C value's text to a <c>StringBuilder</c> named <c>builder</c>: unsigned
/// integers as <c>0</c> or lower-case hex (<c>0x7</c>), signed ones in decimal, floats round-trippable,
/// pointers as addresses, enums by name, records through their own <c>ToString</c>, <c>char</c> arrays as
/// quoted C strings and other arrays as <c>[a, b, ...]</c> (at most <see cref="MaxArrayElements"/> elements).
/// All through the generated formatting helpers, so everything is invariant culture.
/// </summary>
internal sealed class ValueFormatter
{
    /// <summary>Longer arrays (padding, reserved words) are cut short so traces stay readable.</summary>
    public const int MaxArrayElements = 16;

    private readonly EmitContext context;

    public ValueFormatter(EmitContext context) => this.context = context;

    /// <summary>Appends <paramref name="expression"/> (a readable location or value of type <paramref name="type"/>).</summary>
    /// <param name="writer">Where the statements go.</param>
    /// <param name="expression">C# expression reading the value.</param>
    /// <param name="type">Its C type.</param>
    /// <param name="depth">Nesting depth of array loops, for unique loop variable names.</param>
    public void Append(SourceWriter writer, string expression, TypeRef type, int depth = 0)
    {
        if (type.Kind == TypeRefKind.Array && type.ArrayLength > 0 && type.Element is not null)
        {
            AppendArray(writer, expression, type, depth);
            return;
        }

        writer.Line("builder.Append(" + Scalar(expression, type) + ");");
    }

    /// <summary>An expression of type string for a non-array value. Pointers (bound as <c>T*</c>, or as
    /// <c>nint</c> inside arrays) and function pointers both print as addresses.</summary>
    public string Scalar(string expression, TypeRef type)
    {
        var format = context.Format;
        switch (type.Kind)
        {
            case TypeRefKind.Pointer:
            case TypeRefKind.FunctionPointer:
                return format + ".Unsigned((ulong)(nuint)" + expression + ")";
            case TypeRefKind.Record:
                return context.Types.TryGetRecord(type) is null
                    ? format + ".Bytes(" + expression + ")"
                    : expression + ".ToString()";
            case TypeRefKind.Enum:
                return context.Types.TryGetEnum(type) is null
                    ? Integer(expression, type.Primitive)
                    : expression + ".ToString()";
            case TypeRefKind.Primitive:
                return type.Primitive switch
                {
                    PrimitiveKind.Float => format + ".Float(" + expression + ")",
                    PrimitiveKind.Double => format + ".Double(" + expression + ")",
                    PrimitiveKind.LongDouble => format + ".Bytes(" + expression + ")",
                    PrimitiveKind.Int128 => format + ".Signed128(" + expression + ")",
                    PrimitiveKind.UInt128 => format + ".Unsigned128(" + expression + ")",
                    _ => Integer(expression, type.Primitive),
                };
            default:
                return format + ".Bytes(" + expression + ")";
        }
    }

    private string Integer(string expression, PrimitiveKind kind) =>
        context.Format + (PrimitiveTypes.IsSigned(kind) ? ".Signed(" : ".Unsigned(") + expression + ")";

    private void AppendArray(SourceWriter writer, string expression, TypeRef type, int depth)
    {
        var element = type.Element!;
        if (element.Kind == TypeRefKind.Primitive && element.Primitive == PrimitiveKind.Char)
        {
            writer.Line("builder.Append(" + context.Format + ".CString(" + expression + "));");
            return;
        }

        var index = "i" + depth.ToString(CultureInfo.InvariantCulture);
        var count = Math.Min(type.ArrayLength, MaxArrayElements);
        writer.Line("builder.Append('[');");
        writer.Open("for (var " + index + " = 0; " + index + " < " + count.ToString(CultureInfo.InvariantCulture) + "; " + index + "++)");
        writer.Open("if (" + index + " > 0)");
        writer.Line("builder.Append(\", \");");
        writer.Close();
        writer.Line();
        Append(writer, expression + "[" + index + "]", element, depth + 1);
        writer.Close();
        if (type.ArrayLength > MaxArrayElements)
        {
            writer.Line("builder.Append(\", ...\");");
        }

        writer.Line("builder.Append(']');");
    }
}
