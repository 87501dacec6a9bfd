using Gunyah.Sdk.DeviceTree;

namespace Gunyah.Sdk.Tests.DeviceTree;

public class DeviceTreePropertyTests
{
    public static TheoryData<string, DeviceTreeProperty, string> Encodings => new()
    {
        { "empty", DeviceTreeProperty.Empty("p"), "" },
        { "u32", DeviceTreeProperty.U32("p", 0x01020304), "01020304" },
        { "int32", DeviceTreeProperty.Int32("p", -1), "FFFFFFFF" },
        { "u64", DeviceTreeProperty.U64("p", 0x0102030405060708), "0102030405060708" },
        { "cells", DeviceTreeProperty.Cells("p", 1, 0xFFFFFFFF, 0), "00000001FFFFFFFF00000000" },
        { "string", DeviceTreeProperty.String("p", "ab"), "616200" },
        { "utf-8 string", DeviceTreeProperty.String("p", "é"), "C3A900" },
        { "string list", DeviceTreeProperty.StringList("p", "arm,pl011", "", "x"), "61726D2C706C303131000078" + "00" },
        { "empty string list", DeviceTreeProperty.StringList("p"), "" },
        { "bytes", DeviceTreeProperty.Bytes("p", [0xDE, 0xAD, 0xBE]), "DEADBE" },
        { "raw", new DeviceTreeProperty("p", [9]), "09" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Each_typed_factory_encodes_big_endian_cells_and_nul_terminated_strings(string kind, DeviceTreeProperty property, string hex)
    {
        Assert.Equal(hex, Convert.ToHexString(property.Value));
        Assert.Equal(hex.Length / 2, property.Length);
        Assert.False(property.HasReferences, kind);
    }

    [Fact]
    public void Each_typed_accessor_reads_back_what_its_factory_wrote()
    {
        Assert.Equal(0xCAFEu, DeviceTreeProperty.U32("p", 0xCAFE).AsU32());
        Assert.Equal(-2000, DeviceTreeProperty.Int32("p", -2000).AsInt32());
        Assert.Equal(0xFEDC_BA98_7654_3210ul, DeviceTreeProperty.U64("p", 0xFEDC_BA98_7654_3210).AsU64());
        Assert.Equal([7u, 8u, 9u], DeviceTreeProperty.Cells("p", 7, 8, 9).AsCells());
        Assert.Equal("linux_vm_0", DeviceTreeProperty.String("p", "linux_vm_0").AsString());
        Assert.Equal(["a", "", "b"], DeviceTreeProperty.StringList("p", "a", "", "b").AsStringList());
        Assert.Equal([], DeviceTreeProperty.Empty("p").AsStringList());
        Assert.Equal([1, 2], DeviceTreeProperty.Bytes("p", [1, 2]).AsBytes());
        Assert.Equal([], DeviceTreeProperty.Empty("p").AsCells());
    }

    public static TheoryData<string, Action> WrongForms => new()
    {
        { "u32 of 8 bytes", () => DeviceTreeProperty.U64("p", 1).AsU32() },
        { "u32 of empty", () => DeviceTreeProperty.Empty("p").AsU32() },
        { "u64 of 4 bytes", () => DeviceTreeProperty.U32("p", 1).AsU64() },
        { "cells of 3 bytes", () => DeviceTreeProperty.Bytes("p", [1, 2, 3]).AsCells() },
        { "string without NUL", () => DeviceTreeProperty.Bytes("p", [0x61]).AsString() },
        { "string of two strings", () => DeviceTreeProperty.StringList("p", "a", "b").AsString() },
        { "string of empty", () => DeviceTreeProperty.Empty("p").AsString() },
        { "list without final NUL", () => DeviceTreeProperty.Bytes("p", [0x61, 0, 0x62]).AsStringList() },
    };

    [Theory]
    [MemberData(nameof(WrongForms))]
    public void A_value_read_in_the_wrong_form_raises_the_typed_exception_with_BadPropertyValue(string kind, Action read)
    {
        var error = Assert.Throws<DeviceTreeFormatException>(read);
        Assert.Equal(DeviceTreeFormatError.BadPropertyValue, error.Reason);
        Assert.Equal(-1, error.Offset);
        Assert.NotEmpty(kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("tab\t")]
    [InlineData("nul\0")]
    [InlineData("é")]
    public void Property_names_must_be_printable_ascii(string name)
    {
        Assert.Throws<ArgumentException>(() => DeviceTreeProperty.Empty(name));
    }

    [Fact]
    public void Names_longer_than_the_limit_are_refused_and_the_limit_is_accepted()
    {
        Assert.Equal(Fdt.MaxNameLength, DeviceTreeProperty.Empty(new string('a', Fdt.MaxNameLength)).Name.Length);
        Assert.Throws<ArgumentException>(() => DeviceTreeProperty.Empty(new string('a', Fdt.MaxNameLength + 1)));
    }

    [Fact]
    public void A_string_with_an_embedded_nul_is_refused()
    {
        Assert.Throws<ArgumentException>(() => DeviceTreeProperty.String("p", "a\0b"));
    }

    [Fact]
    public void Raw_bytes_are_copied_so_later_changes_to_the_source_do_not_leak_in()
    {
        byte[] source = [1, 2, 3];
        var property = new DeviceTreeProperty("p", source);
        source[0] = 9;
        Assert.Equal(1, property.Value[0]);
    }

    [Fact]
    public void Reference_cells_hold_zero_until_phandles_are_assigned_and_the_phandle_after()
    {
        var tree = new DeviceTreeDocument();
        var clock = tree.Root.AddChild("clock");
        var uart = tree.Root.AddChild("uart").SetCellsWithReferences("clocks", clock, 5u, DeviceTreeCell.Reference(clock));
        var clocks = uart.GetProperty("clocks")!;
        Assert.True(clocks.HasReferences);
        Assert.Equal([clock, clock], clocks.ReferencedNodes);
        Assert.Equal([0u, 5u, 0u], clocks.AsCells());

        tree.AssignPhandles();

        Assert.Equal(1u, clock.Phandle);
        Assert.Equal([1u, 5u, 1u], clocks.AsCells());
    }
}
