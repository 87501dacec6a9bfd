namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>
/// Names of oracle facts. gcc, the model and the compiled C# each produce a set of these keys, so every
/// side must spell them identically; keeping the spelling here is what makes the sets comparable.
/// </summary>
internal static class FactKeys
{
    public static string Size(string recordKey) => "size:" + recordKey;

    public static string Align(string recordKey) => "align:" + recordKey;

    public static string Offset(string recordKey, string member) => "offset:" + recordKey + "." + member;

    /// <summary>The record's bytes with only this bitfield set to all ones.</summary>
    public static string Bits(string recordKey, string member) => "bits:" + recordKey + "." + member;

    /// <summary>An integer constant's value as a 64-bit pattern.</summary>
    public static string Constant(string name) => "const:" + name;

    /// <summary>An integer constant's type after integer promotion: i32, u32, i64 or u64.</summary>
    public static string ConstantType(string name) => "ctype:" + name;

    /// <summary>A string constant's bytes (no terminator).</summary>
    public static string String(string name) => "str:" + name;

    public static string EnumMember(string enumKey, string member) => "enum:" + enumKey + "." + member;

    public static string EnumSize(string enumKey) => "enumsize:" + enumKey;

    /// <summary>1 when the enum's underlying type is signed.</summary>
    public static string EnumSigned(string enumKey) => "enumsigned:" + enumKey;

    public static string Ioctl(string name) => "ioctl:" + name;
}
