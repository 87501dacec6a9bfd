using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Tests.Infrastructure;

namespace Gunyah.Generator.Tests.Emit;

public class BitfieldEmitterTests
{
    private readonly EmittedBindings bindings = EmittedBindings.Compile(SampleModels.Layout());

    private Type Bits => bindings.Type("GhBits");

    [Fact]
    public void Setters_write_the_C_bit_positions()
    {
        var value = StructProbe.Create(Bits);
        Set(value, "Mode", 5u);
        Set(value, "Level", -3);
        Set(value, "Enabled", (byte)1);
        Set(value, "Kind", Enum.ToObject(bindings.Type("GhKind"), 2u));
        Set(value, "Base", 0xFF_FFFF_FFFFul);

        var bytes = StructProbe.ToBytes(value);

        // mode bits 0-2 = 5, level bits 3-7 = -3 (0b11101), enabled bit 8, kind bits 12-15 = 2.
        Assert.Equal(0x21EDu, BitConverter.ToUInt32(bytes, 0));
        Assert.Equal(0xFF_FFFF_FFFFul, BitConverter.ToUInt64(bytes, 8));
    }

    [Fact]
    public void Getters_round_trip_and_sign_extend()
    {
        var value = StructProbe.Create(Bits);
        Set(value, "Level", -16);
        Assert.Equal(-16, Get(value, "Level"));
        Set(value, "Level", 15);
        Assert.Equal(15, Get(value, "Level"));
        Set(value, "Level", 16);
        Assert.Equal(-16, Get(value, "Level"));
        Set(value, "Base", 0x12_3456_789Aul);
        Assert.Equal(0x12_3456_789Aul, Get(value, "Base"));
    }

    [Fact]
    public void Setters_mask_to_the_width_and_keep_neighbouring_bits()
    {
        var value = StructProbe.Create(Bits);
        Set(value, "Level", -1);
        Set(value, "Mode", 0xFFu);
        Set(value, "Enabled", (byte)1);
        Set(value, "Mode", 2u);

        Assert.Equal(2u, Get(value, "Mode"));
        Assert.Equal(-1, Get(value, "Level"));
        Assert.Equal((byte)1, Get(value, "Enabled"));
        Assert.Equal(0x1FAu, BitConverter.ToUInt32(StructProbe.ToBytes(value), 0));
    }

    [Fact]
    public void Bitfield_properties_carry_C_names()
    {
        Assert.Equal("level", StructProbe.CName(StructProbe.Property(Bits, "Level")));
        Assert.Equal(16, StructProbe.SizeOf(Bits));
    }

    [Fact]
    public void A_bitfield_straddling_its_unit_is_skipped_with_a_warning()
    {
        var model = new HeaderModelBuilder()
            .Struct("gh_odd", 3, 1, s => s
                .Bitfield("low", CTypes.U16, 0, 12)
                .Bitfield("cross", CTypes.U16, 12, 8), packed: true)
            .Build();

        var bindings = EmittedBindings.Compile(model);
        var type = bindings.Type("GhOdd");

        Assert.Null(type.GetProperty("Cross"));
        Assert.NotNull(type.GetProperty("Low"));
        Assert.Equal(3, StructProbe.SizeOf(type));
        var warning = Assert.Single(bindings.Diagnostics, d => d.Id == DiagnosticIds.UnsupportedConstruct);
        Assert.Contains("'cross'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_running_past_a_packed_record_uses_a_smaller_unit_inside_it()
    {
        var model = new HeaderModelBuilder()
            .Struct("gh_tiny", 1, 1, s => s
                .Bitfield("a", CTypes.U32, 0, 3)
                .Bitfield("b", CTypes.U32, 3, 5), packed: true)
            .Build();

        var type = EmittedBindings.Compile(model).Type("GhTiny");
        var value = StructProbe.Create(type);
        Set(value, "B", 0x1Fu);
        Set(value, "A", 1u);

        Assert.Equal(1, StructProbe.SizeOf(type));
        Assert.Equal(new byte[] { 0xF9 }, StructProbe.ToBytes(value));
        Assert.Equal(0x1Fu, StructProbe.Property(type, "B").GetValue(value));
    }

    private static void Set(object boxed, string property, object value) =>
        StructProbe.Property(boxed.GetType(), property).SetValue(boxed, value);

    private static object? Get(object boxed, string property) =>
        StructProbe.Property(boxed.GetType(), property).GetValue(boxed);
}
