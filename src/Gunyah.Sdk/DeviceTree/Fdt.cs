namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// Numbers of the flattened devicetree (FDT, "DTB") format version 17 that the writer and the reader share,
/// and the limits the reader enforces on untrusted blobs.
/// </summary>
public static class Fdt
{
    /// <summary>The header's magic word, big-endian at offset 0.</summary>
    public const uint Magic = 0xD00DFEED;

    /// <summary>The format version the writer produces.</summary>
    public const uint Version = 17;

    /// <summary>The oldest version a reader of <see cref="Version"/> blobs must understand (header field last_comp_version).</summary>
    public const uint LastCompatibleVersion = 16;

    /// <summary>The oldest version the reader accepts; older layouts differ (no size_dt_strings, full-path node names).</summary>
    public const uint OldestReadableVersion = 16;

    /// <summary>Header size of a version 17 blob: ten big-endian u32 fields.</summary>
    public const int HeaderSize = 40;

    /// <summary>Header size of a version 16 blob, which lacks size_dt_struct.</summary>
    public const int Version16HeaderSize = 36;

    /// <summary>Size of one memory reservation entry: a u64 address and a u64 size.</summary>
    public const int ReservationEntrySize = 16;

    /// <summary>
    /// The deepest node nesting the reader accepts (the root is depth 1) and the writer produces. Real trees stay
    /// below 10; the bound keeps a hostile blob from driving deep recursion in callers that walk the model.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// The longest node or property name, in bytes, either side accepts. The specification asks for at most 31
    /// characters; the bound is generous, and keeps the reader's per-property work and allocation bounded.
    /// </summary>
    public const int MaxNameLength = 256;

    internal const uint TokenBeginNode = 0x1;
    internal const uint TokenEndNode = 0x2;
    internal const uint TokenProperty = 0x3;
    internal const uint TokenNop = 0x4;
    internal const uint TokenEnd = 0x9;

    internal const string PhandleProperty = "phandle";
    internal const string LegacyPhandleProperty = "linux,phandle";
    internal const string AddressCellsProperty = "#address-cells";
    internal const string SizeCellsProperty = "#size-cells";

    /// <summary>The #address-cells a node has when it does not say (devicetree specification, §2.3.5).</summary>
    internal const int DefaultAddressCells = 2;

    /// <summary>The #size-cells a node has when it does not say.</summary>
    internal const int DefaultSizeCells = 1;

    internal static int Align4(int value) => (value + 3) & ~3;
}
