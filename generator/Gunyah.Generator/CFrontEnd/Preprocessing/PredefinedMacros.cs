using System.Text;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>
/// What gcc predefines for LP64 little-endian GNU C that UAPI headers test. No architecture macro: callers
/// pass <c>__x86_64__</c> or <c>__aarch64__</c> through <see cref="Model.HeaderRequest.Defines"/>.
/// </summary>
internal static class PredefinedMacros
{
    public const string BuiltinFile = "<built-in>";
    public const string CommandLineFile = "<command-line>";

    private static readonly string[] Builtins =
    {
        "__STDC__ 1",
        "__STDC_VERSION__ 201710L",
        "__STDC_HOSTED__ 1",
        "__GNUC__ 12",
        "__GNUC_MINOR__ 2",
        "__GNUC_PATCHLEVEL__ 0",
        "__linux__ 1",
        "__linux 1",
        "__gnu_linux__ 1",
        "__unix__ 1",
        "__unix 1",
        "__ELF__ 1",
        "__LP64__ 1",
        "_LP64 1",
        "__CHAR_BIT__ 8",
        "__SIZEOF_SHORT__ 2",
        "__SIZEOF_INT__ 4",
        "__SIZEOF_LONG__ 8",
        "__SIZEOF_LONG_LONG__ 8",
        "__SIZEOF_POINTER__ 8",
        "__SIZEOF_SIZE_T__ 8",
        "__SIZEOF_INT128__ 16",
        "__ORDER_LITTLE_ENDIAN__ 1234",
        "__ORDER_BIG_ENDIAN__ 4321",
        "__ORDER_PDP_ENDIAN__ 3412",
        "__BYTE_ORDER__ __ORDER_LITTLE_ENDIAN__",

        // Limits that <limits.h>-style macros in UAPI headers (INT_MAX, INT_MIN) are built from.
        "__SCHAR_MAX__ 0x7f",
        "__SHRT_MAX__ 0x7fff",
        "__INT_MAX__ 0x7fffffff",
        "__LONG_MAX__ 0x7fffffffffffffffL",
        "__LONG_LONG_MAX__ 0x7fffffffffffffffLL",
        "__WCHAR_MAX__ 0x7fffffff",
        "__SIZE_MAX__ 0xffffffffffffffffUL",
        "__PTRDIFF_MAX__ 0x7fffffffffffffffL",
        "__INTMAX_MAX__ 0x7fffffffffffffffL",
        "__UINTMAX_MAX__ 0xffffffffffffffffUL",
    };

    /// <summary>The built-in definitions as directive text.</summary>
    public static string BuiltinText()
    {
        var text = new StringBuilder();
        foreach (var definition in Builtins)
        {
            text.Append("#define ").Append(definition).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Definitions from <c>NAME</c> (defined as 1) or <c>NAME=VALUE</c>, as gcc's -D does.</summary>
    public static string CommandLineText(IEnumerable<string> defines)
    {
        var text = new StringBuilder();
        foreach (var define in defines)
        {
            var equals = define.IndexOf('=');
            var name = equals < 0 ? define : define.Substring(0, equals);
            var value = equals < 0 ? "1" : define.Substring(equals + 1);

            // A value cannot continue the directive onto another line.
            value = value.Replace("\r", " ").Replace("\n", " ");
            if (value.TrimEnd().EndsWith("\\", StringComparison.Ordinal))
            {
                // A trailing backslash would splice the next definition onto this one.
                value += " /**/";
            }

            text.Append("#define ").Append(name.Trim()).Append(' ').Append(value).Append('\n');
        }

        return text.ToString();
    }
}
