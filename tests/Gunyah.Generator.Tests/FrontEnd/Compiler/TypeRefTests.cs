using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.FrontEnd.Compiler;

/// <summary>How field types reach the model: typedefs followed but spelled, records and enums by key.</summary>
public class TypeRefTests
{
    private static IReadOnlyList<FieldModel> Fields() => CompilerHarness.Compile("""
        enum color { RED, GREEN };
        typedef void (*callback_t)(int);
        struct other { int x; };
        struct s {
        	__aligned_u64 a;
        	enum color c;
        	callback_t cb;
        	struct other *op;
        	struct { int y; } *anon_ptr;
        	__u16 grid[2][3];
        	char *names[4];
        	struct other o;
        	__kernel_fsid_t fsid;
        	enum { ANON } e;
        };
        """).Structs.Single(s => s.Key == "s").Fields;

    [Fact]
    public void Typedefs_keep_their_spelling_and_alignment()
    {
        var a = Fields()[0].Type;
        Assert.Equal((TypeRefKind.Primitive, PrimitiveKind.ULongLong, "__aligned_u64", 8, 8), (a.Kind, a.Primitive, a.CSpelling, a.Size, a.Alignment));
    }

    [Fact]
    public void Enums_records_and_pointers_refer_by_key()
    {
        var fields = Fields();
        Assert.Equal((TypeRefKind.Enum, PrimitiveKind.UInt, "color", "enum color"), (fields[1].Type.Kind, fields[1].Type.Primitive, fields[1].Type.TargetKey!, fields[1].Type.CSpelling));
        Assert.Equal((TypeRefKind.FunctionPointer, "callback_t", 8), (fields[2].Type.Kind, fields[2].Type.CSpelling, fields[2].Type.Size));
        Assert.Equal((TypeRefKind.Pointer, TypeRefKind.Record, "other"), (fields[3].Type.Kind, fields[3].Type.Element!.Kind, fields[3].Type.Element!.TargetKey!));
        Assert.Equal((TypeRefKind.Pointer, "s.anon_ptr"), (fields[4].Type.Kind, fields[4].Type.Element!.TargetKey!));
        Assert.Equal((TypeRefKind.Record, "other", 4), (fields[7].Type.Kind, fields[7].Type.TargetKey!, fields[7].Type.Size));
        Assert.Equal((TypeRefKind.Record, "__kernel_fsid_t", 8), (fields[8].Type.Kind, fields[8].Type.TargetKey!, fields[8].Type.Size));
        Assert.Equal((TypeRefKind.Primitive, PrimitiveKind.UInt, null), (fields[9].Type.Kind, fields[9].Type.Primitive, fields[9].Type.TargetKey));
    }

    [Fact]
    public void Arrays_nest_per_dimension()
    {
        var fields = Fields();
        var grid = fields[5].Type;
        Assert.Equal((TypeRefKind.Array, 2, "__u16 [2][3]", 12, 2), (grid.Kind, grid.ArrayLength, grid.CSpelling, grid.Size, grid.Alignment));
        Assert.Equal((TypeRefKind.Array, 3, "__u16 [3]"), (grid.Element!.Kind, grid.Element.ArrayLength, grid.Element.CSpelling));
        Assert.Equal("__u16", grid.Element.Element!.CSpelling);
        var names = fields[6].Type;
        Assert.Equal(("char *[4]", TypeRefKind.Pointer, 32), (names.CSpelling, names.Element!.Kind, names.Size));
    }

    [Fact]
    public void Unnamed_pointer_targets_get_a_key_and_a_typeof_expression()
    {
        var model = CompilerHarness.Compile("struct s { struct { int y; } *anon_ptr, *second; };");
        var anon = model.Structs.Single(s => s.Key == "s.anon_ptr");
        Assert.Equal("__typeof__((*((struct s *)0)->anon_ptr))", anon.CTypeExpression);
        Assert.Equal("s", anon.ParentKey);
    }
}
