using System.Reflection;
using Gunyah.Generator.Tests.Infrastructure;

namespace Gunyah.Generator.Tests.Emit;

public class ArrayEmitterTests
{
    /// <summary>Compiled with the bindings: inline array elements and spans are only reachable from C#.</summary>
    private const string Probe = """
        #pragma warning disable CS1591 // test probe, not API
        using System;
        using System.Runtime.InteropServices;
        using Sample.Layout;

        public static class ArrayProbe
        {
            public static ushort Cell(byte[] bytes, int i, int j) => MemoryMarshal.Read<GhMatrix>(bytes).Cells[i][j];
            public static ushort DescType(byte[] bytes, int i) => MemoryMarshal.Read<GhMatrix>(bytes).Descs[i].Type;
            public static nint Pointer(byte[] bytes, int i) => MemoryMarshal.Read<GhMatrix>(bytes).Ptrs[i];
            public static string Name(byte[] bytes)
            {
                var matrix = MemoryMarshal.Read<GhMatrix>(bytes);
                System.ReadOnlySpan<byte> name = matrix.Name;
                return System.Text.Encoding.ASCII.GetString(name).TrimEnd('\0');
            }
        }
        """;

    private readonly EmittedBindings bindings = EmittedBindings.Compile(SampleModels.Layout(), Probe);

    [Fact]
    public void One_and_two_dimensional_arrays_sit_at_C_element_offsets()
    {
        var bytes = new byte[72];
        "vm0"u8.CopyTo(bytes);
        BitConverter.GetBytes((ushort)0xBEEF).CopyTo(bytes, 8 + (((1 * 3) + 2) * 2));
        BitConverter.GetBytes((ushort)0x1234).CopyTo(bytes, 20 + 12);
        BitConverter.GetBytes(0x7000ul).CopyTo(bytes, 48 + 8);

        Assert.Equal((ushort)0xBEEF, Call<ushort>("Cell", bytes, 1, 2));
        Assert.Equal((ushort)0x1234, Call<ushort>("DescType", bytes, 1));
        Assert.Equal((nint)0x7000, Call<nint>("Pointer", bytes, 1));
        Assert.Equal("vm0", Call<string>("Name", bytes));
        Assert.Equal(72, StructProbe.SizeOf(bindings.Type("GhMatrix")));
    }

    [Fact]
    public void ToString_prints_char_arrays_as_strings_and_other_arrays_as_lists()
    {
        var bytes = new byte[72];
        "vm\"0"u8.CopyTo(bytes);
        bytes[8] = 1;

        var text = StructProbe.FromBytes(bindings.Type("GhMatrix"), bytes).ToString()!;

        Assert.StartsWith("{ name = \"vm\\\"0\", cells = [[0x1, 0, 0], [0, 0, 0]], descs = [{ type = 0,", text, StringComparison.Ordinal);
        Assert.EndsWith("ptrs = [0, 0], self = 0 }", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_arrays_are_cut_short_in_ToString()
    {
        var model = new HeaderModelBuilder()
            .Struct("gh_pad", 40, 1, s => s.Field("pad", CTypes.Array(CTypes.U8, 40), 0))
            .Build();

        var text = StructProbe.Create(EmittedBindings.Compile(model).Type("GhPad")).ToString();

        Assert.Equal("{ pad = [" + string.Join(", ", Enumerable.Repeat("0", 16)) + ", ...] }", text);
    }

    private T Call<T>(string method, params object[] arguments) =>
        (T)bindings.Assembly.GetType("ArrayProbe")!.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments)!;
}
