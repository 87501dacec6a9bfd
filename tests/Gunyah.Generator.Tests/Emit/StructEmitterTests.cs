using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Tests.Infrastructure;

namespace Gunyah.Generator.Tests.Emit;

public class StructEmitterTests
{
    [Fact]
    public void Struct_has_the_C_size_offsets_names_and_bytes()
    {
        var bindings = EmittedBindings.Compile(SampleModels.Basic());
        var type = bindings.Type("GhFnDesc");

        Assert.Equal(24, StructProbe.SizeOf(type));
        Assert.Equal("gh_fn_desc", StructProbe.CName(type));
        Assert.Equal(new[] { 0, 4, 8, 16, 20 }, new[] { "Type", "ArgSize", "Arg", "Label", "Flags" }.Select(f => StructProbe.OffsetOf(type, f)));
        Assert.Equal("arg_size", StructProbe.CName(StructProbe.Field(type, "ArgSize")));

        var bytes = new byte[24];
        BitConverter.GetBytes(0x11223344u).CopyTo(bytes, 4);
        BitConverter.GetBytes(0xDEADBEEF00000001ul).CopyTo(bytes, 8);
        BitConverter.GetBytes(-3).CopyTo(bytes, 16);
        var value = StructProbe.FromBytes(type, bytes);
        Assert.Equal(0x11223344u, StructProbe.Field(type, "ArgSize").GetValue(value));
        Assert.Equal(0xDEADBEEF00000001ul, StructProbe.Field(type, "Arg").GetValue(value));
        Assert.Equal(-3, StructProbe.Field(type, "Label").GetValue(value));
        Assert.Equal(bytes, StructProbe.ToBytes(value));
    }

    [Fact]
    public void ToString_lists_members_by_C_name_in_invariant_culture()
    {
        var bindings = EmittedBindings.Compile(SampleModels.Basic());
        var type = bindings.Type("GhFnDesc");
        var bytes = new byte[24];
        bytes[0] = 1;
        BitConverter.GetBytes(-3).CopyTo(bytes, 16);
        bytes[20] = 7;

        var text = StructProbe.FromBytes(type, bytes).ToString();

        Assert.Equal("{ type = 0x1, arg_size = 0, arg = 0, label = -3, flags = 0x7 }", text);
    }

    [Fact]
    public void Union_members_and_anonymous_union_members_overlap()
    {
        var bindings = EmittedBindings.Compile(SampleModels.Layout());
        var run = bindings.Type("GunyahVcpuRun");
        var mmio = bindings.Type("GunyahVcpuRun+MmioStruct");

        Assert.Equal(48, StructProbe.SizeOf(run));
        Assert.Equal(24, StructProbe.SizeOf(mmio));
        Assert.Equal("gunyah_vcpu_run.mmio", StructProbe.CName(mmio));
        Assert.Equal(mmio, StructProbe.Field(run, "Mmio").FieldType);
        Assert.All(new[] { "Mmio", "Status", "Raw" }, f => Assert.Equal(16, StructProbe.OffsetOf(run, f)));

        var bytes = new byte[48];
        BitConverter.GetBytes(0xFEE0_0000ul).CopyTo(bytes, 16);
        var value = StructProbe.FromBytes(run, bytes);
        var nested = StructProbe.Field(run, "Mmio").GetValue(value)!;
        Assert.Equal(0xFEE0_0000ul, StructProbe.Field(mmio, "PhysAddr").GetValue(nested));

        var union = bindings.Type("GhValue");
        Assert.Equal(8, StructProbe.SizeOf(union));
        var asDouble = StructProbe.FromBytes(union, BitConverter.GetBytes(1.5));
        Assert.Equal(BitConverter.DoubleToUInt64Bits(1.5), StructProbe.Field(union, "AsU64").GetValue(asDouble));
    }

    [Fact]
    public void Packed_record_keeps_its_size_even_as_an_array_element()
    {
        var bindings = EmittedBindings.Compile(SampleModels.Layout());
        var packed = bindings.Type("GhPacked");
        var pair = bindings.Assembly.GetType("Sample.Layout.InlineArray2`1")!.MakeGenericType(packed);

        Assert.Equal(9, StructProbe.SizeOf(packed));
        Assert.Equal(18, StructProbe.SizeOf(pair));
        Assert.Equal(1, StructProbe.OffsetOf(packed, "Value"));
    }

    [Fact]
    public void Pointers_function_pointers_and_wide_integers_map_to_blittable_types()
    {
        var bindings = EmittedBindings.Compile(SampleModels.Layout());
        var pointers = bindings.Type("GhPointers");
        var matrix = bindings.Type("GhMatrix");

        Assert.Equal(typeof(void*), StructProbe.Field(pointers, "Opaque").FieldType);
        Assert.Equal(typeof(nint), StructProbe.Field(pointers, "Callback").FieldType);
        Assert.Equal(typeof(Int128), StructProbe.Field(pointers, "Wide").FieldType);
        Assert.Equal(matrix.MakePointerType(), StructProbe.Field(matrix, "Self").FieldType);
        Assert.Equal(32, StructProbe.SizeOf(pointers));
    }

    [Fact]
    public void Primitive_types_follow_the_LP64_mapping()
    {
        var model = new HeaderModelBuilder()
            .Struct("prims", 64, 16, s => s
                .Field("c", CTypes.Char, 0)
                .Field("b", CTypes.Bool, 1)
                .Field("s8", CTypes.S8, 2)
                .Field("s16", CTypes.S16, 4)
                .Field("l", CTypes.Long, 8)
                .Field("ul", CTypes.ULong, 16)
                .Field("f", CTypes.Float, 24)
                .Field("d", CTypes.Double, 32)
                .Field("ld", CTypes.LongDouble, 48))
            .Build();

        var type = EmittedBindings.Compile(model).Type("Prims");

        Assert.Equal(
            new[] { typeof(byte), typeof(byte), typeof(sbyte), typeof(short), typeof(long), typeof(ulong), typeof(float), typeof(double) },
            new[] { "C", "B", "S8", "S16", "L", "Ul", "F", "D" }.Select(f => StructProbe.Field(type, f).FieldType));
        Assert.Equal(16, StructProbe.SizeOf(StructProbe.Field(type, "Ld").FieldType));
        Assert.Equal(64, StructProbe.SizeOf(type));
    }

    [Fact]
    public void A_record_without_bindings_is_bound_as_raw_bytes()
    {
        var model = new HeaderModelBuilder()
            .Struct("holder", 16, 8, s => s
                .Field("broken", CTypes.Record("no_layout", 12, 4), 0)
                .Field("tail", CTypes.U32, 12))
            .Build();

        var type = EmittedBindings.Compile(model).Type("Holder");

        Assert.Equal(12, StructProbe.SizeOf(StructProbe.Field(type, "Broken").FieldType));
        Assert.Equal(16, StructProbe.SizeOf(type));
    }

    [Fact]
    public void Colliding_names_are_renamed_deterministically_with_a_warning()
    {
        var model = new HeaderModelBuilder()
            .Struct("thing", 16, 4, s => s
                .Field("thing", CTypes.U32, 0)
                .Field("to_string", CTypes.U32, 4)
                .Field("a_b", CTypes.U32, 8)
                .Field("a__b", CTypes.U32, 12))
            .Struct("x_y", 4, 4, s => s.Field("v", CTypes.U32, 0))
            .Struct("x__y", 4, 4, s => s.Field("v", CTypes.U32, 0))
            .Struct("constants", 4, 4, s => s.Field("v", CTypes.U32, 0))
            .Build();

        var bindings = EmittedBindings.Compile(model);
        var thing = bindings.Type("Thing");

        Assert.Equal("thing", StructProbe.CName(StructProbe.Field(thing, "Thing_2")));
        Assert.Equal("to_string", StructProbe.CName(StructProbe.Field(thing, "ToString_2")));
        Assert.Equal("a__b", StructProbe.CName(StructProbe.Field(thing, "AB_2")));
        Assert.Equal("x__y", StructProbe.CName(bindings.Type("XY_2")));
        Assert.Equal("constants", StructProbe.CName(bindings.Type("Constants_2")));
        var collisions = bindings.Diagnostics.Where(d => d.Id == DiagnosticIds.NameCollision).ToList();
        Assert.Equal(5, collisions.Count);
        Assert.All(collisions, d => Assert.NotNull(d.Location));
    }
}
