using Gunyah.Sdk.DeviceTree;
using static Gunyah.Sdk.Tests.DeviceTree.RawFdt;
using E = Gunyah.Sdk.DeviceTree.DeviceTreeFormatError;

namespace Gunyah.Sdk.Tests.DeviceTree;

/// <summary>
/// Hand-made corruptions, one per rule, each expecting <see cref="DeviceTreeFormatException"/> with the right
/// reason and offset from both readers (<see cref="DeviceTreeDocument.Parse"/> and <see cref="FdtBlob.Open"/>).
/// Offsets: the header is 40 bytes and, with no reservations, the structure block starts at 56.
/// </summary>
public class MalformedBlobTests
{
    private const int Struct = 56;

    /// <summary>A small valid blob: root with two properties and one child with one property.</summary>
    private static RawFdt ValidRaw() =>
        new RawFdt().Begin("").PropU32("#address-cells", 2).PropString("compatible", "x").Begin("child").PropU32("reg", 1).End().End().Finish();

    private static byte[] Valid() => ValidRaw().Build();

    private static byte[] Patched(int offset, uint value)
    {
        var blob = Valid();
        SetBe32(blob, offset, value);
        return blob;
    }

    private static byte[] Nested(int depth)
    {
        var raw = new RawFdt().Begin("");
        for (var i = 1; i < depth; i++)
            raw.Begin("n");
        for (var i = 0; i < depth; i++)
            raw.End();
        return raw.Finish().Build();
    }

    public static TheoryData<string, Func<byte[]>, E, int> Cases => new()
    {
        // Header
        { "3 bytes", () => [0xD0, 0x0D, 0xFE], E.Truncated, 0 },
        { "magic and a few fields only", () => Valid()[..20], E.Truncated, 0 },
        { "bad magic", () => Patched(0, 0xD00DFEEE), E.BadMagic, 0 },
        { "version 15", () => Patched(20, 15), E.UnsupportedVersion, 20 },
        { "last_comp_version 18", () => Patched(24, 18), E.UnsupportedVersion, 24 },
        { "last_comp_version above version", () => { var b = Patched(20, 16); SetBe32(b, 24, 17); return b; }, E.UnsupportedVersion, 24 },
        { "totalsize below the header", () => Patched(4, 39), E.BadTotalSize, 4 },
        { "totalsize past the buffer", () => Patched(4, (uint)Valid().Length + 1), E.TotalSizeExceedsBuffer, 4 },
        { "blob cut short by one byte", () => Valid()[..^1], E.TotalSizeExceedsBuffer, 4 },
        { "huge totalsize", () => Patched(4, uint.MaxValue), E.TotalSizeExceedsBuffer, 4 },
        // Block layout
        { "structure offset past totalsize", () => Patched(8, (uint)Valid().Length + 4), E.BlockOutOfRange, 8 },
        { "structure offset inside the header", () => Patched(8, 36), E.BlockOutOfRange, 8 },
        { "structure size past totalsize", () => Patched(36, 0xFFFF_FFF0), E.BlockOutOfRange, 36 },
        { "strings offset past totalsize", () => Patched(12, uint.MaxValue), E.BlockOutOfRange, 12 },
        { "strings size past totalsize", () => Patched(32, (uint)Valid().Length), E.BlockOutOfRange, 32 },
        { "reservation offset inside the header", () => Patched(16, 32), E.BlockOutOfRange, 16 },
        { "structure block misaligned", () => Patched(8, Struct + 2), E.BlockMisaligned, 8 },
        { "reservation block misaligned", () => Patched(16, 44), E.BlockMisaligned, 16 },
        { "strings block on top of the structure block", () => Patched(12, Struct), E.BlocksOverlap, Struct },
        { "structure block on top of the reservations", () => { var b = ValidRaw().Reserve(1, 2).Build(); SetBe32(b, 8, 64); return b; }, E.BlocksOverlap, 64 },
        { "reservation list without terminator", () => Patched(16, (uint)(Valid().Length / 8 * 8)), E.ReservationUnterminated, Valid().Length / 8 * 8 },
        { "reservation entries running to the end", () => { var b = Valid(); var end = b.Length / 8 * 8 - 16; SetBe32(b, 16, (uint)end); SetBe32(b, end + 12, 1); return b; }, E.ReservationUnterminated, Valid().Length / 8 * 8 - 16 },
        // Tokens and nodes
        { "unknown token", () => new RawFdt().Begin("").Word(5).End().Finish().Build(), E.BadToken, Struct + 8 },
        { "token 0", () => new RawFdt().Begin("").Word(0).End().Finish().Build(), E.BadToken, Struct + 8 },
        { "node name without terminator", () => new RawFdt().Begin("").Word(BeginNodeToken).Raw(0x61, 0x62, 0x63).Build(), E.UnterminatedName, Struct + 12 },
        { "node name longer than the limit", () => new RawFdt().Begin("").Begin(new string('n', 300)).End().End().Finish().Build(), E.NameTooLong, Struct + 12 },
        { "root with a name", () => new RawFdt().Begin("x").End().Finish().Build(), E.BadName, Struct + 4 },
        { "child with an empty name", () => new RawFdt().Begin("").Begin("").End().End().Finish().Build(), E.BadName, Struct + 12 },
        { "child name with a slash", () => new RawFdt().Begin("").Begin("a/b").End().End().Finish().Build(), E.BadName, Struct + 12 },
        { "child name with a control byte", () => new RawFdt().Begin("").Begin("a\u0001").End().End().Finish().Build(), E.BadName, Struct + 12 },
        { "END_NODE with nothing open", () => new RawFdt().End().Finish().Build(), E.UnbalancedNodes, Struct },
        { "END with the root still open", () => new RawFdt().Begin("").Finish().Build(), E.UnbalancedNodes, Struct + 8 },
        { "one END_NODE too many", () => new RawFdt().Begin("").End().End().Finish().Build(), E.UnbalancedNodes, Struct + 12 },
        { "no root at all", () => new RawFdt().Finish().Build(), E.MissingRootNode, Struct },
        { "only NOPs before END", () => new RawFdt().Nop().Nop().Finish().Build(), E.MissingRootNode, Struct + 8 },
        { "two roots", () => new RawFdt().Begin("").End().Begin("").End().Finish().Build(), E.MultipleRootNodes, Struct + 12 },
        { "nesting one level past the limit", () => Nested(Fdt.MaxDepth + 1), E.NestingTooDeep, Struct + 8 + (Fdt.MaxDepth - 1) * 8 },
        { "no END token", () => new RawFdt().Begin("").End().Build(), E.MissingEnd, Struct + 12 },
        { "NOPs that never reach END", () => { var r = new RawFdt().Begin("").End(); for (var i = 0; i < 1000; i++) r.Nop(); return r.Build(); }, E.MissingEnd, Struct + 12 + 4000 },
        { "empty structure block", () => Patched(36, 0), E.MissingEnd, Struct },
        // size_dt_struct 21: the one-byte value ends the block and its padding lies outside it.
        { "a value that ends the block unaligned", () => new RawFdt().Begin("").Prop("p", 1).Build().Let(b => { SetBe32(b, 36, 21); return b; }), E.MissingEnd, Struct + 24 },
        // Properties
        { "property outside any node", () => new RawFdt().PropU32("a", 1).Begin("").End().Finish().Build(), E.PropertyOutsideNode, Struct },
        { "property after a child", () => new RawFdt().Begin("").Begin("c").End().PropU32("a", 1).End().Finish().Build(), E.PropertyAfterChild, Struct + 20 },
        { "property header cut by the block end", () => new RawFdt().Begin("").Word(PropToken).Word(4).Build(), E.PropertyTruncated, Struct + 8 },
        { "value running past the block", () => new RawFdt().Begin("").Prop(1000, 0, []).End().Finish().Strings(0x70, 0).Build(), E.PropertyTruncated, Struct + 8 },
        { "value length near 4 GiB", () => new RawFdt().Begin("").Prop(0xFFFF_FFFD, 0, []).End().Finish().Strings(0x70, 0).Build(), E.PropertyTruncated, Struct + 8 },
        { "name offset outside the strings block", () => new RawFdt().Begin("").Prop(4, 1000, [0, 0, 0, 1]).End().Finish().Build(), E.StringOffsetOutOfRange, Struct + 16 },
        { "name offset of 4 GiB", () => new RawFdt().Begin("").Prop(0, uint.MaxValue, []).End().Finish().Strings(0x70, 0).Build(), E.StringOffsetOutOfRange, Struct + 16 },
        { "property name without terminator", () => new RawFdt().Begin("").Prop(0, 0, []).End().Finish().Strings(0x61, 0x62).Build(), E.UnterminatedString, Struct + 28 },
        { "property name longer than the limit", () => new RawFdt().Begin("").Prop(0, 0, []).End().Finish().Strings([.. Enumerable.Repeat((byte)0x61, 300), 0]).Build(), E.NameTooLong, Struct + 28 },
        { "empty property name", () => new RawFdt().Begin("").Prop(0, 0, []).End().Finish().Strings(0).Build(), E.BadName, Struct + 28 },
        { "property name with a space", () => new RawFdt().Begin("").PropU32("bad name", 1).End().Finish().Build(), E.BadName, Struct + 32 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_corruption_raises_the_typed_exception_with_its_reason_and_offset(string corruption, Func<byte[]> make, E reason, int offset)
    {
        var blob = make();
        var error = TreeAssert.Rejects(reason, blob);
        if (offset >= 0)
            Assert.True(offset == error.Offset, $"{corruption}: offset 0x{error.Offset:x}, expected 0x{offset:x}");
        Assert.Contains(reason.ToString(), error.Message);
    }

    [Fact]
    public void The_valid_base_blob_of_the_table_is_accepted()
    {
        var tree = DeviceTreeDocument.Parse(Valid());
        Assert.Equal(1u, tree.FindNode("/child")!.GetProperty("reg")!.AsU32());
        Assert.Equal(tree.ToArray(), Valid()); // the hand assembly and the writer agree byte for byte
    }

    [Fact]
    public void Nesting_exactly_at_the_limit_is_accepted()
    {
        var tree = DeviceTreeDocument.Parse(Nested(Fdt.MaxDepth));
        Assert.NotNull(tree.FindNode(string.Concat(Enumerable.Repeat("/n", Fdt.MaxDepth - 1))));
    }

    [Fact]
    public void The_message_names_the_reason_and_the_offset_in_hex()
    {
        var error = Assert.Throws<DeviceTreeFormatException>(() => DeviceTreeDocument.Parse(Patched(20, 15)));
        Assert.Equal("Malformed devicetree: UnsupportedVersion at offset 0x14: version 15.", error.Message);
    }
}

internal static class FunctionalExtensions
{
    public static TResult Let<T, TResult>(this T value, Func<T, TResult> map) => map(value);
}
