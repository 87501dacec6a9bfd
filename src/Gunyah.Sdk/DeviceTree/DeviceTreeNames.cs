namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// The name rules the model and the reader share, so that every tree the reader builds could also have been built
/// through the public API (and the reverse): 1 to <see cref="Fdt.MaxNameLength"/> bytes of printable ASCII, and no
/// '/' in node names (it separates path components). Only the root's name is empty.
/// </summary>
internal static class DeviceTreeNames
{
    public static void ValidateNodeName(string name, string parameterName)
    {
        if (!IsValid(name, isNode: true))
            throw new ArgumentException($"Node name \"{name}\" must be 1 to {Fdt.MaxNameLength} printable ASCII characters without '/'.", parameterName);
    }

    public static void ValidatePropertyName(string name, string parameterName)
    {
        if (!IsValid(name, isNode: false))
            throw new ArgumentException($"Property name \"{name}\" must be 1 to {Fdt.MaxNameLength} printable ASCII characters.", parameterName);
    }

    /// <summary>The byte-level form of the same rules, for names read from a blob.</summary>
    public static bool IsValid(ReadOnlySpan<byte> name, bool isNode)
    {
        if (name.Length is 0 or > Fdt.MaxNameLength)
            return false;
        foreach (var b in name)
        {
            if (b is < 0x21 or > 0x7E || (isNode && b == (byte)'/'))
                return false;
        }

        return true;
    }

    private static bool IsValid(string name, bool isNode)
    {
        if (name.Length is 0 or > Fdt.MaxNameLength)
            return false;
        foreach (var c in name)
        {
            if (c is < '!' or > '~' || (isNode && c == '/'))
                return false;
        }

        return true;
    }

    /// <summary>The part of a node name before its unit address ("cpu" for "cpu@1").</summary>
    public static ReadOnlySpan<char> BaseName(ReadOnlySpan<char> name)
    {
        var at = name.IndexOf('@');
        return at < 0 ? name : name[..at];
    }
}
