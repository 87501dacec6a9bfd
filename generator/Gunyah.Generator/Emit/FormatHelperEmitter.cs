namespace Gunyah.Generator.Emit;

/// <summary>
/// Emits the internal helpers that generated <c>ToString</c> methods and ioctl argument formatters share, so
/// every value is printed the same way and in invariant culture.
/// </summary>
internal static class FormatHelperEmitter
{
    private static readonly string[] Body =
    [
        "/// <summary>Value formatting shared by the generated <c>ToString</c> methods and ioctl argument formatters.</summary>",
        "internal static class " + BindingPlan.FormatClass,
        "{",
        "    private static global::System.Globalization.CultureInfo Invariant => global::System.Globalization.CultureInfo.InvariantCulture;",
        "",
        "    /// <summary><c>0</c>, else lower-case hex: <c>0x7</c>.</summary>",
        "    public static string Unsigned(ulong value) => value == 0 ? \"0\" : \"0x\" + value.ToString(\"x\", Invariant);",
        "",
        "    public static string Signed(long value) => value.ToString(Invariant);",
        "",
        "    public static string Unsigned128(global::System.UInt128 value) => value == global::System.UInt128.Zero ? \"0\" : \"0x\" + value.ToString(\"x\", Invariant);",
        "",
        "    public static string Signed128(global::System.Int128 value) => value.ToString(Invariant);",
        "",
        "    public static string Float(float value) => value.ToString(\"R\", Invariant);",
        "",
        "    public static string Double(double value) => value.ToString(\"R\", Invariant);",
        "",
        "    /// <summary>Raw bytes as hex: values whose type has no binding.</summary>",
        "    public static string Bytes(global::System.ReadOnlySpan<byte> value) => \"0x\" + global::System.Convert.ToHexStringLower(value);",
        "",
        "    /// <summary>A <c>char</c> array as a quoted C string, up to its first NUL; other bytes escaped.</summary>",
        "    public static string CString(global::System.ReadOnlySpan<byte> value)",
        "    {",
        "        var builder = new global::System.Text.StringBuilder(value.Length + 2);",
        "        builder.Append('\"');",
        "        foreach (var b in value)",
        "        {",
        "            if (b == 0)",
        "            {",
        "                break;",
        "            }",
        "",
        "            if (b == (byte)'\"' || b == (byte)'\\\\')",
        "            {",
        "                builder.Append('\\\\').Append((char)b);",
        "            }",
        "            else if (b >= 0x20 && b < 0x7F)",
        "            {",
        "                builder.Append((char)b);",
        "            }",
        "            else",
        "            {",
        "                builder.Append(\"\\\\x\").Append(b.ToString(\"x2\", Invariant));",
        "            }",
        "        }",
        "",
        "        return builder.Append('\"').ToString();",
        "    }",
        "}",
    ];

    public static GeneratedSource Emit(EmitContext context) => context.FixedFile(BindingPlan.FormatClass, Body);
}
