using System.Reflection;
using Gunyah.Generator.Tests.Infrastructure;

namespace Gunyah.Generator.Tests.Emit;

public class FlexibleArrayEmitterTests
{
    private const string Probe = """
        #pragma warning disable CS1591 // test probe, not API
        using System;
        using System.Runtime.InteropServices;
        using Sample.Layout;

        public static class FlexProbe
        {
            public static ulong[] Entries(byte[] buffer, int count)
            {
                ref var table = ref MemoryMarshal.AsRef<GhTable>(buffer.AsSpan());
                return table.Entries(count).ToArray();
            }

            public static void Write(byte[] buffer, int index, ulong value)
            {
                ref var table = ref MemoryMarshal.AsRef<GhTable>(buffer.AsSpan());
                table.Entries(index + 1)[index] = value;
            }
        }
        """;

    private readonly EmittedBindings bindings = EmittedBindings.Compile(SampleModels.Layout(), Probe);

    [Fact]
    public void Flexible_array_gets_an_offset_constant_and_a_span_accessor_but_no_field()
    {
        var table = bindings.Type("GhTable");

        Assert.Equal(8, StructProbe.SizeOf(table));
        Assert.Equal(8, table.GetField("EntriesOffset")!.GetRawConstantValue());
        Assert.Null(table.GetField("Entries"));
        Assert.Equal("entries", StructProbe.CName(table.GetMethod("Entries")!));
    }

    [Fact]
    public void Accessor_reads_and_writes_the_trailing_elements()
    {
        var buffer = new byte[8 + (3 * 8)];
        BitConverter.GetBytes(0xAAul).CopyTo(buffer, 8 + 8);
        Invoke("Write", buffer, 2, 0xBBul);

        Assert.Equal(new ulong[] { 0, 0xAA, 0xBB }, (ulong[])Invoke("Entries", buffer, 3));
        Assert.Equal(0xBBul, BitConverter.ToUInt64(buffer, 8 + 16));
        var error = Assert.Throws<TargetInvocationException>(() => Invoke("Entries", buffer, -1));
        Assert.IsType<ArgumentOutOfRangeException>(error.InnerException);
    }

    [Fact]
    public void Alignment_that_only_the_flexible_elements_carry_is_kept()
    {
        var model = new HeaderModelBuilder()
            .Struct("gh_list", 8, 8, s => s
                .Field("count", CTypes.U32, 0)
                .Field("pad", CTypes.U32, 4)
                .Flexible("items", CTypes.U64, 8))
            .Build();

        var list = EmittedBindings.Compile(model).Type("GhList");
        var pair = typeof(ValueTuple<,>).MakeGenericType(typeof(byte), list);

        Assert.Equal(8, StructProbe.SizeOf(list));
        Assert.Equal(16, StructProbe.SizeOf(pair));
    }

    [Fact]
    public void Zero_size_members_get_an_offset_constant_with_their_C_name()
    {
        var model = new HeaderModelBuilder()
            .Struct("gh_holder", 8, 8, s => s
                .Field("n", CTypes.U32, 0)
                .Field("__empty_items", CTypes.Record("gh_holder.__empty_items", 0, 1), 8)
                .Flexible("items", CTypes.U64, 8))
            .Struct("gh_holder.__empty_items", 0, 1, s => { }, parentKey: "gh_holder")
            .Build();

        var holder = EmittedBindings.Compile(model).Type("GhHolder");
        var constant = holder.GetField("EmptyItemsOffset")!;

        Assert.Equal(8, constant.GetRawConstantValue());
        Assert.Equal("__empty_items", StructProbe.CName(constant));
        Assert.Null(holder.GetField("EmptyItems"));
    }

    private object Invoke(string method, params object[] arguments) =>
        bindings.Assembly.GetType("FlexProbe")!.GetMethod(method)!.Invoke(null, arguments)!;
}
